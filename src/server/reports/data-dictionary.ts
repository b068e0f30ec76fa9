// The open-data export's columns, one list per table, and the dictionary that describes them (GET
// /api/v1/admin/export/dictionary.json). CSV rows are flat: lists are joined with "; ", per-code counts
// written as "code=n; code=n" (codes are those of the catalogs named in the description).
import type { RecordTable } from '@/domain/record-tables';
import type { DataDictionary } from '@/protocol/admin-messages';

type Value = string | number | boolean | null;
export interface ExportColumn {
  name: string;
  type: 'text' | 'integer' | 'boolean' | 'date' | 'datetime';
  vi: string;
  en: string;
  get(record: Record<string, unknown>, names: { commune: string; village: string }): Value;
}

const at = (r: Record<string, unknown>, path: string): unknown =>
  path
    .split('.')
    .reduce<unknown>(
      (o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined),
      r,
    );
const field =
  (key: string) =>
  (r: Record<string, unknown>): Value => {
    const v = at(r, key);
    return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : null;
  };
const list = (key: string) => (r: Record<string, unknown>) => {
  const v = at(r, key);
  return Array.isArray(v) ? v.join('; ') : null;
};
const codeCounts = (key: string) => (r: Record<string, unknown>) => {
  const v = at(r, key);
  return v && typeof v === 'object'
    ? Object.entries(v as Record<string, unknown>)
        .map(([k, n]) => `${k}=${String(n)}`)
        .join('; ')
    : null;
};
const col = (
  name: string,
  type: ExportColumn['type'],
  vi: string,
  en: string,
  get: ExportColumn['get'] = field(name),
): ExportColumn => ({
  name,
  type,
  vi,
  en,
  get,
});

const COMMON_HEAD: ExportColumn[] = [
  col('id', 'text', 'Mã bản ghi (UUIDv7, do điện thoại tạo)', 'Record id (UUIDv7, made on the phone)'),
  col('communeId', 'text', 'Mã xã, phường', 'Commune id'),
  col('communeName', 'text', 'Tên xã, phường', 'Commune name', (_r, n) => n.commune),
];
const VILLAGE: ExportColumn[] = [
  col('villageId', 'text', 'Mã thôn, tổ dân phố', 'Village id'),
  col('villageName', 'text', 'Tên thôn, tổ dân phố', 'Village name', (_r, n) => n.village),
];
const COMMON_TAIL: ExportColumn[] = [
  col('createdBy', 'text', 'Thành viên tạo bản ghi (mã)', 'Team member who created the record (id)'),
  col(
    'serverUpdatedAt',
    'datetime',
    'Lần cuối máy chủ nhận thay đổi (ISO 8601, UTC)',
    'Last change received by the server (ISO 8601, UTC)',
  ),
];

export const EXPORT_COLUMNS: Record<RecordTable, ExportColumn[]> = {
  trainingSessions: [
    ...COMMON_HEAD,
    ...VILLAGE,
    col('date', 'date', 'Ngày tập huấn (giờ Việt Nam)', 'Session date (Vietnam)'),
    col('place', 'text', 'Địa điểm', 'Place'),
    col('durationMinutes', 'integer', 'Thời lượng (phút)', 'Duration (minutes)'),
    col(
      'topics',
      'text',
      'Chủ đề (mã danh mục chủ đề tập huấn)',
      'Topics (training topic codes)',
      list('topics'),
    ),
    col(
      'trainers',
      'text',
      'Người hướng dẫn (mã thành viên tổ hoặc họ tên)',
      'Trainers (team member id or name)',
      list('trainers'),
    ),
    col('targetGroup', 'text', 'Nhóm đối tượng (mã)', 'Target group (code)'),
    col('language', 'text', 'Ngôn ngữ sử dụng (mã)', 'Language used (code)'),
    col('attendees.total', 'integer', 'Số người tham dự', 'Attendees'),
    col('attendees.women', 'integer', 'Trong đó nữ', 'Of whom women'),
    col('attendees.ethnicMinority', 'integer', 'Trong đó dân tộc thiểu số', 'Of whom ethnic minority'),
    col(
      'attendees.ageBands',
      'text',
      'Theo nhóm tuổi (mã=số người)',
      'By age band (code=people)',
      codeCounts('attendees.ageBands'),
    ),
    col(
      'outcomes',
      'text',
      'Kết quả tại chỗ (mã=số lượng)',
      'On-the-spot results (code=count)',
      codeCounts('outcomes'),
    ),
    col('notes', 'text', 'Ghi chú', 'Notes'),
    ...COMMON_TAIL,
  ],
  helpActivities: [
    ...COMMON_HEAD,
    ...VILLAGE,
    col('date', 'date', 'Ngày hỗ trợ (giờ Việt Nam)', 'Date of help (Vietnam)'),
    col('helperId', 'text', 'Người bản số (mã bản ghi)', 'Người bản số (record id)'),
    col('kind', 'text', 'Loại hỗ trợ (mã danh mục)', 'Kind of help (catalog code)'),
    col('peopleHelped', 'integer', 'Số người được hỗ trợ', 'People helped'),
    col('householdsHelped', 'integer', 'Số hộ được hỗ trợ', 'Households helped'),
    col('notes', 'text', 'Ghi chú', 'Notes'),
    ...COMMON_TAIL,
  ],
  banSoHelpers: [
    ...COMMON_HEAD,
    ...VILLAGE,
    col('name', 'text', 'Họ và tên', 'Name'),
    col('active', 'boolean', 'Đang hoạt động', 'Active'),
    col('notes', 'text', 'Ghi chú', 'Notes'),
    ...COMMON_TAIL,
  ],
  checklistProgress: [
    ...COMMON_HEAD,
    ...VILLAGE,
    col('criterionCode', 'text', 'Tiêu chí Thôn số (mã)', 'Thôn số criterion (code)'),
    col('criteriaVersion', 'text', 'Phiên bản bộ tiêu chí', 'Criteria catalog version'),
    col(
      'status',
      'text',
      'Trạng thái (not_started, in_progress, met = đạt)',
      'Status (not_started, in_progress, met)',
    ),
    col('numerator', 'integer', 'Tử số (tiêu chí tỷ lệ)', 'Numerator (ratio criteria)'),
    col('denominator', 'integer', 'Mẫu số (tiêu chí tỷ lệ)', 'Denominator (ratio criteria)'),
    col('assessedBy', 'text', 'Người đánh giá (mã thành viên)', 'Assessed by (team member id)'),
    col('assessedOn', 'date', 'Ngày đánh giá', 'Assessed on'),
    col('note', 'text', 'Ghi chú, minh chứng', 'Note, evidence'),
    ...COMMON_TAIL,
  ],
  villageCounts: [
    ...COMMON_HEAD,
    ...VILLAGE,
    col(
      'code',
      'text',
      'Số liệu (mã trong bộ tiêu chí: households, adults…)',
      'Count (code in the criteria catalog)',
    ),
    col('value', 'integer', 'Giá trị', 'Value'),
    col('countedOn', 'date', 'Ngày đếm', 'Counted on'),
    ...COMMON_TAIL,
  ],
  teamMembers: [
    ...COMMON_HEAD,
    ...VILLAGE,
    col('name', 'text', 'Họ và tên', 'Name'),
    col('role', 'text', 'Vai trò (leader, member, official)', 'Role'),
    col('active', 'boolean', 'Đang hoạt động', 'Active'),
    ...COMMON_TAIL,
  ],
};

/** The record date that places a record in a period; undated tables use the server's last change. */
export const PERIOD_FIELD: Record<RecordTable, string> = {
  trainingSessions: 'date',
  helpActivities: 'date',
  checklistProgress: 'assessedOn',
  villageCounts: 'countedOn',
  banSoHelpers: 'serverUpdatedAt',
  teamMembers: 'serverUpdatedAt',
};

const TABLE_NAMES: Record<RecordTable, { vi: string; en: string }> = {
  trainingSessions: { vi: 'Buổi tập huấn Bình dân học vụ số', en: 'Training sessions' },
  helpActivities: { vi: 'Lượt hỗ trợ của Người bản số', en: 'Help given by Người bản số' },
  banSoHelpers: { vi: 'Người bản số', en: 'Người bản số (digital villagers)' },
  checklistProgress: { vi: 'Đánh giá tiêu chí Thôn số', en: 'Thôn số checklist progress' },
  villageCounts: { vi: 'Số liệu thôn', en: 'Village counts' },
  teamMembers: {
    vi: 'Thành viên tổ công nghệ số cộng đồng',
    en: 'Community digital technology team members',
  },
};

export function dataDictionary(): DataDictionary {
  return {
    tables: (Object.keys(EXPORT_COLUMNS) as RecordTable[]).map((table) => ({
      table,
      name: TABLE_NAMES[table],
      periodField: PERIOD_FIELD[table],
      columns: EXPORT_COLUMNS[table].map((c) => ({
        name: c.name,
        type: c.type,
        description: { vi: c.vi, en: c.en },
      })),
    })),
  };
}
