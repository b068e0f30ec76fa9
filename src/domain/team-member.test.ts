import { recordTables, validateRecord } from './record-tables';
import { encodeHlc } from './hlc';
import { teamMemberFields } from './team-member';

const member = { villageId: 'v1', name: 'Vàng A Sử', role: 'leader', active: true };

describe('team member schema', () => {
  it('accepts a member, and a commune official with no village', () => {
    expect(teamMemberFields.safeParse(member).success).toBe(true);
    expect(teamMemberFields.safeParse({ ...member, villageId: null, role: 'official' }).success).toBe(true);
  });

  it('rejects an unknown role and a blank name', () => {
    const result = teamMemberFields.safeParse({ ...member, role: 'boss', name: '' });
    expect(result.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(['name', 'role']);
  });

  it('is published by the province: phones may not push it', () => {
    expect(recordTables.teamMembers.writable).toBe(false);
    expect(recordTables.trainingSessions.writable).toBe(true);
  });
});

describe('whole record validation', () => {
  const stamp = encodeHlc({ millis: Date.parse('2026-11-24T08:00:00Z'), counter: 0, node: 'a' });
  const envelope = {
    id: 'm-1',
    communeId: 'c1',
    createdBy: 'admin',
    updatedAt: stamp,
    fieldClocks: { name: stamp },
    fieldAuthors: { name: 'admin' },
    deleted: false,
    schemaVersion: 1,
  };

  it('checks the envelope as well as the content', () => {
    expect(validateRecord('teamMembers', { ...envelope, ...member })).toEqual([]);
    const issues = validateRecord('teamMembers', {
      ...envelope,
      ...member,
      updatedAt: 'yesterday',
      name: '',
    });
    expect(issues.map((i) => i.message).sort()).toEqual(['errors.hlc', 'errors.required']);
  });
});
