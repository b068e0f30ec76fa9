// The blank catalog a province fills in to publish a new version of a kind: the shape parseCatalog
// expects, one example entry per list — its code starting "vi-du-", its name saying it is an example —
// and nothing of the published version. checkCatalogFile refuses a file that still holds an example.
import type { CatalogOf, Localized } from '@/domain/catalog';
import type { PublishableKind } from './catalog-file';

/** "ví dụ": every example entry's code starts with it, so a forgotten one is found before publishing. */
export const EXAMPLE_CODE_PREFIX = 'vi-du-';

/** The example wording for a list (both languages, from the locale files). */
export type ExampleName = (key: ExampleKey) => Localized;
export type ExampleKey =
  | 'topics'
  | 'targetGroups'
  | 'languages'
  | 'ageBands'
  | 'outcomes'
  | 'kinds'
  | 'groups'
  | 'criteria'
  | 'ratioCriterion'
  | 'counts'
  | 'denominatorCount'
  | 'indicator'
  | 'planSection';

const code = (rest: string) => `${EXAMPLE_CODE_PREFIX}${rest}`;

function trainingTopics(ex: ExampleName): CatalogOf<'trainingTopics'>['data'] {
  return {
    topics: [{ code: code('chu-de-1'), name: ex('topics') }],
    targetGroups: [{ code: code('doi-tuong-1'), name: ex('targetGroups') }],
    languages: [{ code: code('ngon-ngu-1'), name: ex('languages') }],
    ageBands: [{ code: code('nhom-tuoi-1'), name: ex('ageBands') }],
    // Marked per attendee, so the template shows the flag that caps an outcome at the people trained.
    outcomes: [{ code: code('ket-qua-1'), name: ex('outcomes'), perAttendee: true }],
  };
}

function helpKinds(ex: ExampleName): CatalogOf<'helpKinds'>['data'] {
  return { kinds: [{ code: code('loai-ho-tro-1'), name: ex('kinds') }] };
}

function criteria(ex: ExampleName): CatalogOf<'criteria'>['data'] {
  const group = code('nhom-1');
  const check = code('tieu-chi-1');
  return {
    groups: [{ code: group, name: ex('groups') }],
    // One of each kind, so both shapes are there to copy.
    criteria: [
      { code: check, group, name: ex('criteria'), kind: 'check' },
      {
        code: code('tieu-chi-2'),
        group,
        name: ex('ratioCriterion'),
        kind: 'ratio',
        numeratorCount: code('so-lieu-1'),
        denominatorCount: code('so-lieu-2'),
        threshold: 0.5,
      },
    ],
    counts: [
      { code: code('so-lieu-1'), name: ex('counts') },
      { code: code('so-lieu-2'), name: ex('denominatorCount') },
    ],
    recognition: { required: [check], minimumMet: 2, source: '' },
  };
}

function indicators(ex: ExampleName): CatalogOf<'indicators'>['data'] {
  return {
    indicators: [
      {
        code: code('chi-tieu-1'),
        name: ex('indicator'),
        planSection: ex('planSection').vi,
        // No target: an example must not read as an official figure ("monitored only" until filled in).
        target: null,
        targetYear: 2030,
        level: 'commune',
        formula: { kind: 'countRatio', numerator: code('so-lieu-1'), denominator: code('so-lieu-2') },
      },
    ],
  };
}

const builders = { trainingTopics, helpKinds, criteria, indicators } satisfies Record<
  PublishableKind,
  (ex: ExampleName) => unknown
>;

/** A whole catalog file (like the one checkCatalogFile reads) with a blank version and source. */
export function catalogTemplate(kind: PublishableKind, example: ExampleName) {
  return { kind, version: '', sample: false, source: '', data: builders[kind](example) };
}
