// Turns zod issues (whose messages are errors.* i18n keys) into one message key per field path, so a
// form shows each error inline next to its field, in the user's language.
export interface IssueLike {
  path: PropertyKey[];
  message: string;
}

/** { 'attendees.women': 'errors.exceedsTotal', … }: the first issue per path wins. */
export function errorsByField(issues: readonly IssueLike[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join('.');
    if (!(key in out))
      out[key] = issue.message.startsWith('errors.') ? issue.message : 'errors.invalidRecord';
  }
  return out;
}
