// The server describes CSV problems in short technical English ("commune_kind: xa or phuong"); an officer
// should read them in Vietnamese. Known shapes map to i18n keys; anything else is shown as sent.
import type { TFunction } from 'i18next';

const PATTERNS: Array<[RegExp, string, (m: RegExpExecArray) => Record<string, string>]> = [
  [/^header must be (.+)$/, 'header', (m) => ({ header: m[1] ?? '' })],
  [/^expected (\d+) columns, found (\d+)$/, 'columns', (m) => ({ expected: m[1] ?? '', found: m[2] ?? '' })],
  [/^(commune_id|village_id): letters, digits/, 'id', (m) => ({ column: m[1] ?? '' })],
  [/^(commune_name|village_name): required$/, 'required', (m) => ({ column: m[1] ?? '' })],
  [/^commune_kind: xa or phuong$/, 'kind', () => ({})],
  [/^commune (\S+): name or kind differs/, 'communeDiffers', (m) => ({ id: m[1] ?? '' })],
  [
    /^village_id (\S+) already on line (\d+)$/,
    'duplicateVillage',
    (m) => ({ id: m[1] ?? '', line: m[2] ?? '' }),
  ],
  [/^no villages$/, 'noVillages', () => ({})],
];

export function csvProblemText(message: string, t: TFunction): string {
  for (const [pattern, key, params] of PATTERNS) {
    const m = pattern.exec(message.trim());
    if (m) return t(`province:units.problem.${key}`, params(m));
  }
  return message;
}
