// A table whose every column sorts (click the header; again to reverse). On a phone each row becomes a
// card of "label: value" lines and the headers a row of sort buttons (province.css). Text compares in
// Vietnamese order; empty values always sort last.
import { useState, type ReactNode } from 'react';

export interface Column<Row> {
  key: string;
  label: string;
  /** The value sorted on (and shown when there is no `render`). */
  value: (row: Row) => string | number | null;
  render?: (row: Row) => ReactNode;
  numeric?: boolean;
}

interface Props<Row> {
  caption: string;
  columns: Column<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string;
  rowClass?: (row: Row) => string | undefined;
  initialSort?: Sort;
  /** Controlled sort (when the page needs the order too, e.g. for an export). */
  sort?: Sort;
  onSortChange?: (sort: Sort) => void;
  empty: string;
  /** A summary row (e.g. the province total) kept under the sorted rows. */
  footer?: Row;
}

export interface Sort {
  key: string;
  dir: 'asc' | 'desc';
}

const ARROW = { asc: ' ▲', desc: ' ▼' } as const;
const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

function compare(a: string | number | null, b: string | number | null): number {
  if (a === null || a === '') return b === null || b === '' ? 0 : 1;
  if (b === null || b === '') return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}

export function sortRows<Row>(rows: Row[], column: Column<Row> | undefined, dir: 'asc' | 'desc'): Row[] {
  if (!column) return rows;
  const sign = dir === 'asc' ? 1 : -1;
  return [...rows].sort((x, y) => {
    const a = column.value(x);
    const b = column.value(y);
    const empty = (v: typeof a) => v === null || v === '';
    if (empty(a) || empty(b)) return compare(a, b); // empties last in both directions
    return sign * compare(a, b);
  });
}

export function SortableTable<Row>(props: Props<Row>) {
  const { caption, columns, rows, rowKey, rowClass, initialSort, empty, footer } = props;
  const [own, setOwn] = useState<Sort>(initialSort ?? { key: columns[0]?.key ?? '', dir: 'asc' });
  const sort = props.sort ?? own;
  const sorted = sortRows(
    rows,
    columns.find((c) => c.key === sort.key),
    sort.dir,
  );
  const toggle = (key: string) => {
    const next: Sort = { key, dir: sort.key === key && sort.dir === 'asc' ? 'desc' : 'asc' };
    setOwn(next);
    props.onSortChange?.(next);
  };
  return (
    <div className="province-table">
      <table>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th
                key={c.key}
                scope="col"
                className={c.numeric ? 'num' : undefined}
                aria-sort={sort.key === c.key ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}
              >
                <button type="button" onClick={() => toggle(c.key)}>
                  {c.label}
                  <span aria-hidden="true">{sort.key === c.key ? ARROW[sort.dir] : ''}</span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => (
            <tr key={rowKey(row)} className={rowClass?.(row)}>
              {columns.map((c) => (
                <td key={c.key} className={c.numeric ? 'num' : undefined} data-label={c.label}>
                  {c.render ? c.render(row) : c.value(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        {footer && (
          <tfoot>
            <tr>
              {columns.map((c) => (
                <th key={c.key} scope="row" className={c.numeric ? 'num' : undefined} data-label={c.label}>
                  {c.render ? c.render(footer) : c.value(footer)}
                </th>
              ))}
            </tr>
          </tfoot>
        )}
      </table>
      {rows.length === 0 && <p className="province-empty">{empty}</p>}
    </div>
  );
}
