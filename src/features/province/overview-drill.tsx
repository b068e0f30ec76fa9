// Every commune figure of the overview opens the records behind it: the figure's column is wrapped in a
// button that names the table to list (the CSV keeps the plain columns).
import type { TFunction } from 'i18next';
import type { CommuneOverview, DrillDownTable } from '@/protocol/admin-messages';
import type { Column } from './sortable-table';

/** Which records stand behind each overview column. */
export const DRILL_TABLE: Partial<Record<string, DrillDownTable>> = {
  trainingSessions: 'trainingSessions',
  attendees: 'trainingSessions',
  women: 'trainingSessions',
  ethnicMinority: 'trainingSessions',
  helpers: 'banSoHelpers',
  helpActivities: 'helpActivities',
  peopleHelped: 'helpActivities',
  checklist: 'checklistProgress',
};

export interface Drill {
  communeId: string;
  communeName: string;
  table: DrillDownTable;
}

export function withDrillLinks(
  columns: Column<CommuneOverview>[],
  t: TFunction,
  open: (drill: Drill) => void,
): Column<CommuneOverview>[] {
  return columns.map((c) => {
    const table = DRILL_TABLE[c.key];
    const render = c.render;
    if (!table || !render) return c;
    return {
      ...c,
      render: (r) =>
        r.communeId === '' ? (
          render(r) // the province total row has no records of its own
        ) : (
          <button
            type="button"
            className="province-drill-link"
            title={t('drill.open', { what: t(`drill.table.${table}`), commune: r.communeName })}
            onClick={() => open({ communeId: r.communeId, communeName: r.communeName, table })}
          >
            {render(r)}
          </button>
        ),
    };
  });
}
