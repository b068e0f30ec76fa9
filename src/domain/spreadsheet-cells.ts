// Cells for every CSV and spreadsheet the product writes (overview CSV, reports, workbooks). A text cell
// starting with = + - @ (or tab / carriage return) would run as a formula when a province officer opens
// the file in Excel or LibreOffice (CSV/formula injection: `=cmd|' /C calc'!A0`); such text is written
// with a leading apostrophe, so it shows as typed and never runs. Numbers are left as numbers.
import Papa from 'papaparse';

/** The starts that make a spreadsheet read text as a formula (OWASP "CSV Injection"). Unlike
 * papaparse's own default (`/^[=+\-@\t\r].*$/`), this also catches text with a line break after it. */
export const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell value made harmless: text that would start a formula gets a leading apostrophe. Use it for
 * every text cell of a workbook (XLSX writers do not escape by themselves). */
export function harmlessCell<T>(value: T): T | string {
  return typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : value;
}

/** Excel needs a byte-order mark to read UTF-8 (without it "Xã" shows as "XÃ£"). */
export const BOM = '\uFEFF';

export type CsvCell = string | number | boolean | null;

/** A CSV file for Excel: BOM, CRLF lines, quoting where needed, formula starts escaped. */
export function spreadsheetCsv(fields: string[], rows: CsvCell[][]): string {
  return BOM + Papa.unparse({ fields, data: rows }, { newline: '\r\n', escapeFormulae: FORMULA_START });
}
