// Unit tests of the pure checklist computations: village progress, the commune table and its sorting.
import type { Criteria } from '@/domain/catalog';
import { SAMPLE_CATALOGS } from '@/storage/demo-seed';
import {
  groupCriteria,
  progressByVillage,
  progressOfVillage,
  retiredRows,
  sortSummaries,
  type ProgressLike,
} from './checklist-progress-summary';

const catalog = SAMPLE_CATALOGS.find((c) => c.kind === 'criteria')!.data as Criteria;
const row = (
  villageId: string,
  criterionCode: string,
  status: ProgressLike['status'],
  v = 'sample-2026.1',
) => ({
  villageId,
  criterionCode,
  status,
  criteriaVersion: v,
});

describe('checklist progress summary', () => {
  it('counts met and in-progress criteria of the current version, ignoring retired criteria', () => {
    const p = progressOfVillage(catalog.criteria, [
      row('v1', 'team', 'met'),
      row('v1', 'wifi', 'met', 'sample-2025.9'),
      row('v1', 'fibre', 'in_progress'),
      row('v1', 'retired-code', 'met', 'sample-2025.9'),
    ]);
    expect(p).toEqual({ met: 2, inProgress: 1, total: catalog.criteria.length });
  });

  it('summarises every village of the commune in catalog order, including villages with no rows', () => {
    const villages = [
      { id: 'v1', communeId: 'c', name: 'Thôn Suối Chải' },
      { id: 'v2', communeId: 'c', name: 'Thôn Sơn Hà' },
    ];
    const out = progressByVillage(villages, catalog.criteria, [
      row('v2', 'team', 'met'),
      row('v2', 'wifi', 'met'),
      row('v9', 'team', 'met'),
    ]);
    expect(out.map((s) => [s.villageId, s.met, s.share])).toEqual([
      ['v1', 0, 0],
      ['v2', 2, 2 / catalog.criteria.length],
    ]);
  });

  it('sorts by any column both ways, breaking ties by Vietnamese name order', () => {
    const s = (name: string, met: number) => ({
      villageId: name,
      name,
      met,
      inProgress: 0,
      total: 10,
      share: met / 10,
    });
    const rows = [s('Thôn Tả Van', 1), s('Thôn Bản Xèo', 3), s('Thôn Sơn Hà', 1)];
    expect(sortSummaries(rows, 'name', 'ascending').map((r) => r.name)).toEqual([
      'Thôn Bản Xèo',
      'Thôn Sơn Hà',
      'Thôn Tả Van',
    ]);
    expect(sortSummaries(rows, 'met', 'descending').map((r) => r.name)).toEqual([
      'Thôn Bản Xèo',
      'Thôn Sơn Hà',
      'Thôn Tả Van',
    ]);
    expect(sortSummaries(rows, 'name', 'descending')[0]?.name).toBe('Thôn Tả Van');
    expect(sortSummaries(rows, 'share', 'ascending')[2]?.name).toBe('Thôn Bản Xèo');
  });

  it('lists rows of criteria the current version no longer has', () => {
    const rows = [row('v1', 'team', 'met'), row('v1', 'old', 'met', 'sample-2025.9')];
    expect(retiredRows(catalog.criteria, rows).map((r) => r.criterionCode)).toEqual(['old']);
  });

  it('groups criteria by the catalog’s groups in catalog order', () => {
    const groups = groupCriteria(catalog);
    expect(groups.map((g) => g.group.code)).toEqual(['org', 'infra', 'people', 'economy']);
    expect(groups[1]?.criteria.map((c) => c.code)).toEqual(['wifi', 'fibre', 'digital-address', 'camera']);
  });
});
