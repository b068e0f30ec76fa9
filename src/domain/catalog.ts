// Versioned catalogs published by the province server: administrative units, training topics (with the
// target groups, languages, age bands and outcomes sessions are reported by), kinds of help, and the
// Thôn số criteria. Never hard-coded in the app (DOMAIN.md): the official lists are loaded as data, and a
// sample catalog says so in `sample`, which every screen showing it must surface.
import { z } from 'zod';

export const localizedSchema = z.object({ vi: z.string().min(1), en: z.string().optional() });
export type Localized = z.infer<typeof localizedSchema>;
const entry = z.object({ code: z.string().min(1).max(60), name: localizedSchema });
export type CatalogEntry = z.infer<typeof entry>;

export const adminUnitsData = z.object({
  province: z.object({ code: z.string(), name: z.string() }),
  communes: z.array(
    z.object({ id: z.string().min(1), name: z.string().min(1), kind: z.enum(['xa', 'phuong']) }),
  ),
  villages: z.array(
    z.object({ id: z.string().min(1), communeId: z.string().min(1), name: z.string().min(1) }),
  ),
});
export type AdminUnits = z.infer<typeof adminUnitsData>;
export type Commune = AdminUnits['communes'][number];
export type Village = AdminUnits['villages'][number];

export const trainingTopicsData = z.object({
  topics: z.array(entry).min(1),
  targetGroups: z.array(entry).min(1),
  languages: z.array(entry).min(1),
  ageBands: z.array(entry),
  /** `perAttendee`: at most one per person trained (an account activated), so never more than attendees. */
  outcomes: z.array(entry.extend({ perAttendee: z.boolean().optional() })),
});
export type TrainingTopics = z.infer<typeof trainingTopicsData>;

export const helpKindsData = z.object({ kinds: z.array(entry).min(1) });
export type HelpKinds = z.infer<typeof helpKindsData>;

export const criterionSchema = z.object({
  code: z.string().min(1).max(60),
  group: z.string().min(1),
  name: localizedSchema,
  /** `check`: met or not; `ratio`: numerator / denominator compared with `threshold` (0–1). */
  kind: z.enum(['check', 'ratio']),
  numeratorCount: z.string().optional(),
  denominatorCount: z.string().optional(),
  threshold: z.number().min(0).max(1).optional(),
});
export type Criterion = z.infer<typeof criterionSchema>;

export const criteriaData = z.object({
  groups: z.array(entry).min(1),
  criteria: z.array(criterionSchema).min(1),
  /** The village counts (households, adults with VNeID…) the profile records and ratios use. */
  counts: z.array(entry),
});
export type Criteria = z.infer<typeof criteriaData>;

export const catalogDataSchemas = {
  adminUnits: adminUnitsData,
  trainingTopics: trainingTopicsData,
  helpKinds: helpKindsData,
  criteria: criteriaData,
} as const;
export type CatalogKind = keyof typeof catalogDataSchemas;
export const CATALOG_KINDS = Object.keys(catalogDataSchemas) as CatalogKind[];

export interface CatalogOf<K extends CatalogKind> {
  kind: K;
  version: string;
  publishedAt: string;
  /** True for demo/sample catalogs: shown as "Dữ liệu mẫu" wherever used. */
  sample: boolean;
  source: string;
  data: z.infer<(typeof catalogDataSchemas)[K]>;
}

export const catalogEnvelopeSchema = z.object({
  kind: z.enum(CATALOG_KINDS as [CatalogKind, ...CatalogKind[]]),
  version: z.string().min(1).max(40),
  publishedAt: z.string(),
  sample: z.boolean(),
  source: z.string().max(500),
  data: z.unknown(),
});

/** Validates a catalog (envelope and the data of its kind). */
export function parseCatalog(input: unknown): CatalogOf<CatalogKind> {
  const env = catalogEnvelopeSchema.parse(input);
  const data = catalogDataSchemas[env.kind].parse(env.data);
  return { ...env, data } as CatalogOf<CatalogKind>;
}

export function localName(name: Localized, lang: string): string {
  return (lang.startsWith('en') ? name.en : undefined) ?? name.vi;
}
