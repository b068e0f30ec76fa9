import Papa from 'papaparse';
import { BOM, harmlessCell, spreadsheetCsv } from './spreadsheet-cells';

const ATTACK = "=cmd|' /C calc'!A0";

describe('spreadsheet cells', () => {
  it('prefixes text starting with = + - @ tab or CR with an apostrophe, and leaves the rest alone', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r'])
      expect(harmlessCell(`${start}1+1`)).toBe(`'${start}1+1`);
    expect(harmlessCell(ATTACK)).toBe(`'${ATTACK}`);
    expect(harmlessCell('Xã Bát Xát')).toBe('Xã Bát Xát');
    expect(harmlessCell('a=b')).toBe('a=b');
    expect(harmlessCell(-5)).toBe(-5);
    expect(harmlessCell(null)).toBeNull();
  });

  it('writes a CSV whose formula-looking cells read back as typed text after the apostrophe', () => {
    const csv = spreadsheetCsv(
      ['name', 'count'],
      [
        [ATTACK, -3],
        ['=1+1\nsecond line', 2],
        ['Thôn 1', 4],
      ],
    );
    expect(csv.startsWith(BOM)).toBe(true);
    const parsed = Papa.parse<string[]>(csv.slice(1), { newline: '\r\n' }).data;
    expect(parsed.slice(1, 4)).toEqual([
      [`'${ATTACK}`, '-3'],
      ["'=1+1\nsecond line", '2'],
      ['Thôn 1', '4'],
    ]);
  });
});
