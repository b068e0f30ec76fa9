// Reads a catalog JSON file before it is published: either a whole catalog (kind, version, sample,
// source, data — like catalogs/samples/*.json) or only its data, checked with `parseCatalog` so mistakes
// show here, path by path, instead of on sixty phones. A file still holding the template's example
// entries is refused too: publishing "Ví dụ: tên chủ đề" to every phone helps no one.
import { ZodError } from 'zod';
import { parseCatalog, type CatalogKind } from '@/domain/catalog';
import { EXAMPLE_CODE_PREFIX } from './catalog-template';

export type PublishableKind = Exclude<CatalogKind, 'adminUnits'>;
export const PUBLISHABLE_KINDS: PublishableKind[] = ['trainingTopics', 'helpKinds', 'criteria', 'indicators'];

export interface CatalogProblem {
  /** Where in the file, e.g. "data.topics.2.name.vi" ('' = the whole file). */
  path: string;
  /** An issue code: `json`, `kind`, `example`, or zod's (invalid_type, too_small…). */
  code: string;
}

export interface CatalogDraft {
  kind: PublishableKind;
  version: string;
  sample: boolean;
  source: string;
}

export type CatalogCheck =
  | { ok: true; version: string; sample: boolean; source: string; data: unknown }
  | { ok: false; problems: CatalogProblem[] };

export function checkCatalogFile(text: string, draft: CatalogDraft): CatalogCheck {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, problems: [{ path: '', code: 'json' }] };
  }
  const env =
    typeof json === 'object' && json !== null && 'data' in json ? (json as Record<string, unknown>) : null;
  if (env && typeof env.kind === 'string' && env.kind !== draft.kind)
    return { ok: false, problems: [{ path: 'kind', code: 'kind' }] };
  const candidate = {
    kind: draft.kind,
    version: draft.version.trim() || env?.version,
    publishedAt: new Date().toISOString(),
    sample: draft.sample || env?.sample === true,
    source: draft.source.trim() || (typeof env?.source === 'string' ? env.source : ''),
    data: env ? env.data : json,
  };
  try {
    const c = parseCatalog(candidate);
    const examples = exampleEntries(c.data);
    if (examples.length > 0) return { ok: false, problems: examples };
    return { ok: true, version: c.version, sample: c.sample, source: c.source, data: c.data };
  } catch (err) {
    if (!(err instanceof ZodError)) throw err;
    return {
      ok: false,
      problems: err.issues.slice(0, 50).map((i) => ({ path: i.path.join('.'), code: i.code })),
    };
  }
}

/** Entries of any list whose code is still one of the template's examples. */
function exampleEntries(data: unknown): CatalogProblem[] {
  return Object.entries(data as Record<string, unknown>).flatMap(([list, entries]) =>
    Array.isArray(entries)
      ? entries.flatMap((e: { code?: unknown }, i) =>
          typeof e?.code === 'string' && e.code.startsWith(EXAMPLE_CODE_PREFIX)
            ? [{ path: `data.${list}.${i}.code`, code: 'example' }]
            : [],
        )
      : [],
  );
}
