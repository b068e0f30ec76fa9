// The province overview as a CSV file for Excel, one row per commune, the same columns as the screen:
// written by the shared spreadsheetCsv (byte-order mark, and names that look like formulas made harmless).
import type { TFunction } from 'i18next';
import { spreadsheetCsv } from '@/domain/spreadsheet-cells';
import type { CommuneOverview } from '@/protocol/admin-messages';
import { formatStamp } from './format-stamp';

export function overviewCsv(rows: CommuneOverview[], t: TFunction): string {
  const header = [
    t('overview.col.commune'),
    t('overview.col.villages'),
    t('overview.col.trainingSessions'),
    t('overview.col.attendees'),
    t('overview.col.women'),
    t('overview.col.ethnicMinority'),
    t('overview.col.helpers'),
    t('overview.col.helpActivities'),
    t('overview.col.peopleHelped'),
    t('overview.col.criteriaMet'),
    t('overview.col.criteriaTotal'),
    t('overview.col.devices'),
    t('overview.col.lastSyncAt'),
  ];
  const data = rows.map((r) => [
    r.communeName,
    r.villages,
    r.trainingSessions,
    r.attendees,
    r.women,
    r.ethnicMinority,
    r.helpers,
    r.helpActivities,
    r.peopleHelped,
    r.criteriaMet,
    r.criteriaTotal,
    r.devices,
    r.lastSyncAt === null ? '' : formatStamp(r.lastSyncAt),
  ]);
  return spreadsheetCsv(header, data);
}

/** Hands the CSV to the browser as a download. */
export function downloadCsv(csv: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
