// Spreadsheet formula injection guard for every text cell the server writes (XLSX now; the CSV export
// uses it too): a text starting with = + - @ (or tab / carriage return) is prefixed with an apostrophe,
// so Excel and LibreOffice show it as text instead of running it. OWASP "CSV Injection" advice.
// The lead may unify this with the CSV helper of another branch: it is deliberately this one function.
const FORMULA_START = /^[=+\-@\t\r]/;

export function escapeCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
