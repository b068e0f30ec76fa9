// Administrative units from a CSV file, one row per village:
// `commune_id,commune_name,commune_kind,village_id,village_name`. Every problem is reported with its
// line number, and a file with any problem is refused whole, so nothing half-imported reaches phones.
import Papa from 'papaparse';
import { ADMIN_UNITS_CSV_HEADER } from '@/protocol/admin-messages';
import type { AdminUnits } from '@/domain/catalog';

export interface CsvProblem {
  line: number;
  message: string;
}

const ID = /^[A-Za-z0-9_.~-]{1,120}$/;

export function parseAdminUnitsCsv(
  csv: string,
  province: AdminUnits['province'],
): { units: AdminUnits; problems: CsvProblem[] } {
  const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  const problems: CsvProblem[] = parsed.errors.map((e) => ({ line: (e.row ?? 0) + 1, message: e.message }));
  const [header, ...rows] = parsed.data;
  const expected = ADMIN_UNITS_CSV_HEADER.join(',');
  if (!header || header.map((h) => h.trim().toLowerCase()).join(',') !== expected)
    problems.push({ line: 1, message: `header must be ${expected}` });
  const communes = new Map<string, AdminUnits['communes'][number]>();
  const villages: AdminUnits['villages'] = [];
  const villageLines = new Map<string, number>();
  rows.forEach((cells, index) => {
    const line = index + 2;
    if (cells.length !== ADMIN_UNITS_CSV_HEADER.length) {
      problems.push({
        line,
        message: `expected ${ADMIN_UNITS_CSV_HEADER.length} columns, found ${cells.length}`,
      });
      return;
    }
    const [communeId, communeName, kind, villageId, villageName] = cells.map((c) => c.trim()) as [
      string,
      string,
      string,
      string,
      string,
    ];
    const before = problems.length;
    if (!ID.test(communeId)) problems.push({ line, message: 'commune_id: letters, digits, - _ . only' });
    if (!communeName || communeName.length > 200) problems.push({ line, message: 'commune_name: required' });
    if (kind !== 'xa' && kind !== 'phuong') problems.push({ line, message: 'commune_kind: xa or phuong' });
    if (!ID.test(villageId)) problems.push({ line, message: 'village_id: letters, digits, - _ . only' });
    if (!villageName || villageName.length > 200) problems.push({ line, message: 'village_name: required' });
    if (problems.length > before) return;
    const known = communes.get(communeId);
    if (known && (known.name !== communeName || known.kind !== kind))
      problems.push({ line, message: `commune ${communeId}: name or kind differs from an earlier line` });
    else if (!known)
      communes.set(communeId, { id: communeId, name: communeName, kind: kind as 'xa' | 'phuong' });
    const seen = villageLines.get(villageId);
    if (seen !== undefined)
      problems.push({ line, message: `village_id ${villageId} already on line ${seen}` });
    else {
      villageLines.set(villageId, line);
      villages.push({ id: villageId, communeId, name: villageName });
    }
  });
  if (rows.length === 0 && problems.length === 0) problems.push({ line: 2, message: 'no villages' });
  return { units: { province, communes: [...communes.values()], villages }, problems };
}
