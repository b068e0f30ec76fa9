// Province overview: every commune side by side, sortable by any column, filtered by text typed with or
// without diacritics, exported to CSV exactly as filtered and sorted on screen; each commune figure opens
// the records behind it (drill-down list, loaded on demand).
import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isoDate } from '@/domain/dates';
import { matchesQuery } from '@/domain/fold';
import { Field } from '@/ui/field';
import { LoadState } from './load-state';
import { overviewColumns, overviewTotal } from './overview-columns';
import { downloadCsv, overviewCsv } from './overview-csv';
import { withDrillLinks, type Drill } from './overview-drill';
import { SortableTable, sortRows, type Sort } from './sortable-table';
import { useAdminData } from './use-admin';

const DrillDownList = lazy(async () => ({ default: (await import('./drill-down-list')).DrillDownList }));

export function OverviewPage() {
  const { t, i18n } = useTranslation(['province', 'common']);
  const loaded = useAdminData((c) => c.overview(), 'overview');
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<Sort>({ key: 'communeName', dir: 'asc' });
  const [drill, setDrill] = useState<Drill | null>(null);
  const rows = useMemo(
    () => (loaded.data ?? []).filter((r) => !query.trim() || matchesQuery(r.communeName, query)),
    [loaded.data, query],
  );
  const columns = overviewColumns(t, i18n.language);
  const exportCsv = () => {
    const ordered = sortRows(
      rows,
      columns.find((c) => c.key === sort.key),
      sort.dir,
    );
    downloadCsv(overviewCsv(ordered, t), `ban-so-tong-quan-${isoDate(new Date())}.csv`);
  };
  return (
    <section aria-labelledby="province-overview">
      <h2 id="province-overview">{t('overview.title')}</h2>
      <div className="province-toolbar">
        <Field label={t('overview.filter')}>
          <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
        </Field>
        <button type="button" className="button" disabled={rows.length === 0} onClick={exportCsv}>
          {t('overview.export')}
        </button>
      </div>
      <LoadState loaded={loaded} />
      {loaded.data && (
        <SortableTable
          caption={t('overview.title')}
          columns={withDrillLinks(columns, t, setDrill)}
          rows={rows}
          rowKey={(r) => r.communeId}
          footer={
            rows.length > 1 ? overviewTotal(rows, t('overview.total', { count: rows.length })) : undefined
          }
          sort={sort}
          onSortChange={setSort}
          empty={query ? t('overview.noMatch') : t('overview.empty')}
        />
      )}
      {drill && (
        <Suspense fallback={<p className="loading">{t('common:loading')}</p>}>
          <DrillDownList
            key={`${drill.communeId}/${drill.table}`}
            drill={drill}
            onClose={() => setDrill(null)}
          />
        </Suspense>
      )}
    </section>
  );
}
