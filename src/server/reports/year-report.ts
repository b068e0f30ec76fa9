// The yearly report workbook (XLSX) for the province or one commune, streamed with exceljs's
// WorkbookWriter: information (unit, period, catalogs and whether they are samples), indicators against
// targets, communes, villages, training, Người bản số, Thôn số and contributions. Every figure comes from
// the report totals; every label from the catalogs; Vietnamese headers, frozen header rows.
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { computeIndicator } from '@/domain/indicators';
import { yearPeriod } from '@/domain/periods';
import type { Localized } from '@/domain/catalog';
import type { Activity } from '@/protocol/admin-messages';
import type { Queryable } from '@/server/db/database';
import { currentCatalog } from '@/server/catalogs/catalog-store';
import { contributions } from './contributions';
import { dashboardFrom, loadScoreboard, type Scoreboard } from './dashboard';
import { periodFlows } from './period-totals';
import { villageStateAsOf } from './village-totals';
import type { ReportScope } from './report-scope';
import { sumActivities } from './village-facts';
import { SheetWriter, writeSheet, type CellValue } from './xlsx-sheet';

const vi = (l: Localized) => l.vi;

interface ReportInput {
  db: Queryable;
  scope: ReportScope;
  year: number;
  now: number;
  out: Writable;
}

export async function writeYearReport({ db, scope, year, now, out }: ReportInput): Promise<void> {
  const period = yearPeriod(year);
  const board = await loadScoreboard(db, { scope, period, now });
  const dash = dashboardFrom(board, scope);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = 'Bản Số';
  workbook.created = new Date(now);

  infoSheet(workbook, board, dash.scope.communeName, year, now);
  indicatorSheet(workbook, dash);
  unitSheets(workbook, board, dash);
  await trainingSheet(workbook, db, board, scope);
  await helperSheet(workbook, db, board, scope);
  await thonSoSheet(workbook, db, board, scope);
  await contributionSheet(workbook, db, board, scope);
  await workbook.commit();
}

function infoSheet(
  wb: ExcelJS.stream.xlsx.WorkbookWriter,
  board: Scoreboard,
  communeName: string | null,
  year: number,
  now: number,
) {
  const s = new SheetWriter(wb, 'Thông tin', [
    { header: 'Mục', width: 30 },
    { header: 'Nội dung', width: 100 },
  ]);
  s.row(['Báo cáo', `Kết quả thực hiện Kế hoạch chuyển đổi số năm ${year}`]);
  s.row(['Đơn vị', communeName ?? `Tỉnh ${board.catalogs.units?.data.province.name ?? ''}`.trim()]);
  s.row(['Kỳ báo cáo', `01/01/${year} – 31/12/${year} (giờ Việt Nam)`]);
  s.row(['Lập lúc', new Date(now).toISOString()]);
  for (const [label, c] of [
    ['Bộ chỉ tiêu', board.catalogs.indicators],
    ['Bộ tiêu chí Thôn số', board.catalogs.criteria],
    ['Danh mục đơn vị hành chính', board.catalogs.units],
  ] as const)
    s.row([label, c ? `${c.version}${c.sample ? ' — DỮ LIỆU MẪU' : ''}. Nguồn: ${c.source}` : 'Chưa có']);
  s.commit();
}

function indicatorSheet(wb: ExcelJS.stream.xlsx.WorkbookWriter, dash: ReturnType<typeof dashboardFrom>) {
  const s = new SheetWriter(wb, 'Chỉ tiêu', [
    { header: 'Chỉ tiêu (theo Kế hoạch)', width: 70 },
    { header: 'Mục của Kế hoạch', width: 40 },
    { header: 'Mục tiêu', format: 'percent' },
    { header: 'Năm đạt', format: 'integer' },
    { header: 'Kết quả', format: 'percent' },
    { header: 'Năm trước', format: 'percent' },
    { header: 'Thay đổi', format: 'percent' },
    { header: 'Đánh giá', width: 16 },
    { header: 'Số thôn có số liệu', format: 'integer' },
    { header: 'Tổng số thôn', format: 'integer' },
  ]);
  dash.indicators.forEach((ind, i) => {
    const v = dash.total.indicators[i]!;
    const verdict =
      v.current.meetsTarget === null ? 'Chưa có số liệu' : v.current.meetsTarget ? 'Đạt' : 'Chưa đạt';
    s.row([
      vi(ind.name),
      ind.planSection,
      ind.target,
      ind.targetYear,
      v.current.value,
      v.previous.value,
      v.change,
      verdict,
      v.current.villagesWithData,
      v.current.villages,
    ]);
  });
  s.commit();
}

const activityColumns = [
  { header: 'Số buổi tập huấn', format: 'integer' },
  { header: 'Lượt người được tập huấn', format: 'integer' },
  { header: 'Trong đó nữ', format: 'integer' },
  { header: 'Trong đó dân tộc thiểu số', format: 'integer' },
  { header: 'Lượt hỗ trợ của Người bản số', format: 'integer' },
  { header: 'Số người được hỗ trợ', format: 'integer' },
  { header: 'Số hộ được hỗ trợ', format: 'integer' },
  { header: 'Tiêu chí chuyển sang "đạt"', format: 'integer' },
  { header: 'Có minh chứng ảnh', format: 'integer' },
] as const;
const activityCells = (a: Activity): CellValue[] => [
  a.sessions,
  a.attendees,
  a.women,
  a.ethnicMinority,
  a.helpActivities,
  a.peopleHelped,
  a.householdsHelped,
  a.criteriaMet,
  a.withPhotos,
];

function unitSheets(
  wb: ExcelJS.stream.xlsx.WorkbookWriter,
  board: Scoreboard,
  dash: ReturnType<typeof dashboardFrom>,
) {
  const indicatorCols = dash.indicators.map((i) => ({
    header: i.name.vi,
    width: 24,
    format: 'percent' as const,
  }));
  const communes = new SheetWriter(wb, 'Xã, phường', [
    { header: 'Xã, phường', width: 30 },
    { header: 'Số thôn', format: 'integer' },
    ...indicatorCols,
    ...activityColumns,
    { header: 'Số điện thoại đăng ký', format: 'integer' },
    { header: `Điện thoại không đồng bộ quá ${dash.silentAfterDays} ngày`, format: 'integer' },
  ]);
  const villagesOf = (id: string) => board.villages.filter((v) => v.communeId === id).map((v) => v.id);
  for (const c of board.communes) {
    const facts = villagesOf(c.id).map((id) => board.facts.get(id)!);
    const device = board.devices.get(c.id);
    const activity = sumActivities(villagesOf(c.id).map((id) => board.activity.get(id)!));
    communes.row([
      c.name,
      facts.length,
      ...board.indicators.map((ind) => computeIndicator(ind, facts).value),
      ...activityCells(activity),
      device?.devices ?? 0,
      device?.silentDevices ?? 0,
    ]);
  }
  communes.commit();
  const communeName = new Map(board.communes.map((c) => [c.id, c.name]));
  const villages = new SheetWriter(wb, 'Thôn', [
    { header: 'Xã, phường', width: 30 },
    { header: 'Thôn, tổ dân phố', width: 30 },
    ...indicatorCols,
    ...activityColumns,
  ]);
  for (const v of board.villages) {
    const facts = [board.facts.get(v.id)!];
    villages.row([
      communeName.get(v.communeId) ?? '',
      v.name,
      ...board.indicators.map((ind) => computeIndicator(ind, facts).value),
      ...activityCells(board.activity.get(v.id)!),
    ]);
  }
  villages.commit();
}

async function trainingSheet(
  wb: ExcelJS.stream.xlsx.WorkbookWriter,
  db: Queryable,
  board: Scoreboard,
  scope: ReportScope,
) {
  const topics = (await currentCatalog(db, 'trainingTopics'))?.data;
  const facets = [
    ['topic', topics?.topics ?? [], 'Chủ đề'],
    ['targetGroup', topics?.targetGroups ?? [], 'Đối tượng'],
    ['language', topics?.languages ?? [], 'Ngôn ngữ'],
    ['ageBand', topics?.ageBands ?? [], 'Nhóm tuổi'],
  ] as const;
  const by = scope.communeId === null ? 'commune' : 'village';
  const rows = await periodFlows(db, {
    period: board.period,
    communeId: scope.communeId,
    facets: ['session'],
    keyed: facets.map(([facet]) => ({ facet, keys: null })),
    by,
  });
  const columns = facets.flatMap(([facet, entries, label]) =>
    entries.map((e) => ({ facet, code: e.code, header: `${label}: ${e.name.vi}` })),
  );
  const s = new SheetWriter(wb, 'Tập huấn', [
    { header: by === 'commune' ? 'Xã, phường' : 'Thôn, tổ dân phố', width: 30 },
    { header: 'Số buổi', format: 'integer' },
    { header: 'Lượt người', format: 'integer' },
    { header: 'Nữ', format: 'integer' },
    { header: 'Dân tộc thiểu số', format: 'integer' },
    ...columns.map((c) => ({ header: c.header, format: 'integer' as const, width: 22 })),
  ]);
  const units = by === 'commune' ? board.communes.map((c) => ({ id: c.id, name: c.name })) : board.villages;
  const index = new Map<string, number>();
  for (const r of rows)
    index.set(
      `${by === 'commune' ? r.communeId : r.villageId}|${r.facet}|${r.key}`,
      r.people + r.records * 0,
    );
  const sessions = new Map(
    rows.filter((r) => r.facet === 'session').map((r) => [by === 'commune' ? r.communeId : r.villageId, r]),
  );
  for (const u of units) {
    const sess = sessions.get(u.id);
    s.row([
      u.name,
      sess?.records ?? 0,
      sess?.people ?? 0,
      sess?.women ?? 0,
      sess?.ethnicMinority ?? 0,
      ...columns.map((c) => index.get(`${u.id}|${c.facet}|${c.code}`) ?? 0),
    ]);
  }
  s.commit();
}

async function helperSheet(
  wb: ExcelJS.stream.xlsx.WorkbookWriter,
  db: Queryable,
  board: Scoreboard,
  scope: ReportScope,
) {
  writeSheet(
    wb,
    'Người bản số',
    [
      { header: 'Họ và tên', width: 30 },
      { header: 'Xã, phường', width: 30 },
      { header: 'Thôn, tổ dân phố', width: 30 },
      { header: 'Lượt hỗ trợ', format: 'integer' },
      { header: 'Số người được hỗ trợ', format: 'integer' },
      { header: 'Số hộ được hỗ trợ', format: 'integer' },
    ],
    await contributions(db, scope, board.period, 'helper'),
    (r) => [
      r.name || '(đã xoá)',
      r.communeName ?? '',
      r.villageName ?? '',
      r.helpActivities,
      r.peopleHelped,
      r.householdsHelped,
    ],
  );
}

async function thonSoSheet(
  wb: ExcelJS.stream.xlsx.WorkbookWriter,
  db: Queryable,
  board: Scoreboard,
  scope: ReportScope,
) {
  const criteria = board.catalogs.criteria;
  const list = criteria?.data.criteria ?? [];
  const states = await villageStateAsOf(db, {
    communeId: scope.communeId,
    countCodes: [],
    criterionKeys: list.map((c) => `${criteria?.version ?? ''}|${c.code}`),
    day: board.period.to,
  });
  const communeName = new Map(board.communes.map((c) => [c.id, c.name]));
  const s = new SheetWriter(wb, 'Thôn số', [
    { header: 'Xã, phường', width: 30 },
    { header: 'Thôn, tổ dân phố', width: 30 },
    { header: 'Số tiêu chí đạt', format: 'integer' },
    { header: 'Tổng số tiêu chí', format: 'integer' },
    { header: 'Tỷ lệ tiêu chí đạt', format: 'percent' },
    { header: 'Tiêu chí chưa đạt', width: 80 },
    { header: 'Được công nhận Thôn số', width: 22 },
  ]);
  for (const v of board.villages) {
    const done = new Set(states.get(v.id)?.met);
    const missing = list.filter((c) => !done.has(c.code)).map((c) => c.name.vi);
    s.row([
      communeName.get(v.communeId) ?? '',
      v.name,
      done.size,
      list.length,
      list.length > 0 ? done.size / list.length : null,
      missing.join('; '),
      board.facts.get(v.id)?.recognised ? 'Có' : 'Chưa',
    ]);
  }
  s.commit();
}

async function contributionSheet(
  wb: ExcelJS.stream.xlsx.WorkbookWriter,
  db: Queryable,
  board: Scoreboard,
  scope: ReportScope,
) {
  writeSheet(
    wb,
    'Đóng góp',
    [
      { header: 'Họ và tên', width: 30 },
      { header: 'Xã, phường', width: 30 },
      { header: 'Thôn, tổ dân phố', width: 30 },
      { header: 'Ngoài tổ', width: 10 },
      { header: 'Số buổi đã dạy', format: 'integer' },
      { header: 'Lượt người được tập huấn', format: 'integer' },
      { header: 'Trong đó nữ', format: 'integer' },
      { header: 'Trong đó dân tộc thiểu số', format: 'integer' },
      { header: 'Tiêu chí chuyển sang "đạt"', format: 'integer' },
    ],
    await contributions(db, scope, board.period, 'member'),
    (r) => [
      r.name,
      r.communeName ?? '',
      r.villageName ?? '',
      r.external ? 'Có' : '',
      r.sessionsLed,
      r.peopleTrained,
      r.women,
      r.ethnicMinority,
      r.criteriaMet,
    ],
  );
}
