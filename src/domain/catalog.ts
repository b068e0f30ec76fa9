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

/** When a village may be proposed as a Thôn số: published with the criteria, never hard-coded. A catalog
 * without a rule makes no village eligible (the screens say the rule is missing). */
export const recognitionRuleSchema = z.object({
  /** Criteria that must all be met ("đạt"). */
  required: z.array(z.string().min(1).max(60)).max(200),
  /** How many criteria of the version, required ones included, must be met in all. */
  minimumMet: z.number().int().min(0),
  /** Where the rule comes from (decision, article), shown with it. */
  source: z.string().max(500).optional(),
});
export type RecognitionRule = z.infer<typeof recognitionRuleSchema>;

export const criteriaData = z
  .object({
    groups: z.array(entry).min(1),
    criteria: z.array(criterionSchema).min(1),
    /** The village counts (households, adults with VNeID…) the profile records and ratios use. */
    counts: z.array(entry),
    recognition: recognitionRuleSchema.optional(),
  })
  .superRefine((d, ctx) => {
    if (!d.recognition) return;
    const codes = new Set(d.criteria.map((c) => c.code));
    d.recognition.required.forEach((code, i) => {
      if (!codes.has(code))
        ctx.addIssue({ code: 'custom', path: ['recognition', 'required', i], message: `unknown ${code}` });
    });
    if (d.recognition.minimumMet > d.criteria.length)
      ctx.addIssue({ code: 'custom', path: ['recognition', 'minimumMet'], message: 'above criteria count' });
  });
export type Criteria = z.infer<typeof criteriaData>;

const code = z.string().min(1).max(60);
/** How an indicator is computed from village facts: a small fixed set, evaluated in indicators.ts. */
export const indicatorFormulaSchema = z.discriminatedUnion('kind', [
  /** Σ numerator count ÷ Σ denominator count, over the villages that have both counts. */
  z.object({ kind: z.literal('countRatio'), numerator: code, denominator: code }),
  /** Villages whose count `count` is at least `atLeast` ÷ villages that have that count. */
  z.object({ kind: z.literal('villagesWithCount'), count: code, atLeast: z.number().int().min(0) }),
  /** Villages whose criterion `criterion` is "đạt" (met) ÷ all villages. */
  z.object({ kind: z.literal('villagesMeetingCriterion'), criterion: code }),
  /** Villages recognised as Thôn số ÷ all villages. */
  z.object({ kind: z.literal('villagesRecognised') }),
  /** Active Người bản số ÷ villages. */
  z.object({ kind: z.literal('activeHelpersPerVillage') }),
  /** People trained on `topic` (attendances) ÷ Σ `denominator` count, over villages having the count;
   * `window`: the period itself, or from the plan's start to the end of the period. */
  z.object({
    kind: z.literal('trainedShare'),
    topic: code,
    denominator: code,
    window: z.enum(['period', 'planToDate']),
  }),
]);
export type IndicatorFormula = z.infer<typeof indicatorFormulaSchema>;

export const INDICATOR_LEVELS = ['village', 'commune', 'province'] as const;
export const indicatorSchema = z.object({
  code,
  /** The plan's wording of the target. */
  name: localizedSchema,
  /** Where in the plan the target is stated. */
  planSection: z.string().min(1).max(200),
  /** Share (0–1) for ratio formulas, people per village for activeHelpersPerVillage; null: monitored only. */
  target: z.number().min(0).nullable(),
  targetYear: z.number().int().min(2026).max(2100),
  /** The smallest unit the indicator is computed for; it is also aggregated upward to the province. */
  level: z.enum(INDICATOR_LEVELS),
  formula: indicatorFormulaSchema,
});
export type Indicator = z.infer<typeof indicatorSchema>;
export const indicatorsData = z.object({ indicators: z.array(indicatorSchema).min(1) });
export type Indicators = z.infer<typeof indicatorsData>;

export const catalogDataSchemas = {
  adminUnits: adminUnitsData,
  trainingTopics: trainingTopicsData,
  helpKinds: helpKindsData,
  criteria: criteriaData,
  indicators: indicatorsData,
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
