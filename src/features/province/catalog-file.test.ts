import criteriaSample from '@catalogs/samples/criteria.sample.json';
import { checkCatalogFile } from './catalog-file';

const draft = { kind: 'criteria' as const, version: '', sample: false, source: '' };

describe('catalog file check', () => {
  it('accepts a whole sample catalog, taking version, sample flag and source from the file', () => {
    const check = checkCatalogFile(JSON.stringify(criteriaSample), draft);
    expect(check).toMatchObject({ ok: true, version: 'sample-2026.1', sample: true });
  });

  it('accepts bare data with the version typed in the form', () => {
    const check = checkCatalogFile(JSON.stringify(criteriaSample.data), { ...draft, version: '2027.1' });
    expect(check).toMatchObject({ ok: true, version: '2027.1', sample: false });
  });

  it('names the path of every problem', () => {
    const data = { ...criteriaSample.data, criteria: [{ code: 'x', group: 'org', name: {}, kind: 'maybe' }] };
    const check = checkCatalogFile(JSON.stringify({ data }), { ...draft, version: '1' });
    expect(check.ok).toBe(false);
    const paths = check.ok ? [] : check.problems.map((p) => p.path);
    expect(paths).toContain('criteria.0.name.vi');
    expect(paths).toContain('criteria.0.kind');
  });

  it('refuses a file of another kind, and text that is not JSON', () => {
    expect(checkCatalogFile(JSON.stringify(criteriaSample), { ...draft, kind: 'helpKinds' })).toEqual({
      ok: false,
      problems: [{ path: 'kind', code: 'kind' }],
    });
    expect(checkCatalogFile('{ not json', draft)).toEqual({
      ok: false,
      problems: [{ path: '', code: 'json' }],
    });
  });

  it('requires a version when neither the form nor the file has one', () => {
    const check = checkCatalogFile(JSON.stringify(criteriaSample.data), draft);
    expect(check.ok ? [] : check.problems.map((p) => p.path)).toEqual(['version']);
  });
});
