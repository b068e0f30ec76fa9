// One streamed worksheet: a frozen header row in bold, column widths and number formats, and every text
// cell escaped (harmlessCell, src/domain/spreadsheet-cells.ts). Rows are committed as they are written, so memory stays flat.
import type { Worksheet } from 'exceljs';
import type ExcelJS from 'exceljs';
import { harmlessCell } from '@/domain/spreadsheet-cells';

export const FORMATS = {
  integer: '#,##0',
  percent: '0.0%',
  decimal: '#,##0.00',
  text: '@',
} as const;

export interface Column {
  header: string;
  width?: number;
  format?: keyof typeof FORMATS;
}

export type CellValue = string | number | null;

export class SheetWriter {
  private readonly sheet: Worksheet;

  constructor(
    workbook: ExcelJS.stream.xlsx.WorkbookWriter,
    name: string,
    private readonly columns: Column[],
  ) {
    this.sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    this.sheet.columns = columns.map((c) => ({
      width: c.width ?? Math.max(12, Math.min(60, c.header.length + 2)),
      ...(c.format && c.format !== 'text' ? { style: { numFmt: FORMATS[c.format] } } : {}),
    }));
    const header = this.sheet.addRow(columns.map((c) => harmlessCell(c.header)));
    header.font = { bold: true };
    header.commit();
  }

  row(values: CellValue[]): void {
    const row = this.sheet.addRow(values.map((v) => (typeof v === 'string' ? harmlessCell(v) : v)));
    values.forEach((v, i) => {
      const format = this.columns[i]?.format;
      if (format && typeof v === 'number') row.getCell(i + 1).numFmt = FORMATS[format];
    });
    row.commit();
  }

  commit(): void {
    this.sheet.commit();
  }
}

/** A whole sheet at once: its columns, then one row of cells per item. */
export function writeSheet<T>(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  name: string,
  columns: Column[],
  items: Iterable<T>,
  cells: (item: T) => CellValue[],
): void {
  const sheet = new SheetWriter(workbook, name, columns);
  for (const item of items) sheet.row(cells(item));
  sheet.commit();
}
