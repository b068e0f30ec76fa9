// Administrative units: load a new version from CSV, and see every commune with its number of villages.
import { useTranslation } from 'react-i18next';
import { formatNumber } from '@/lib/format';
import type { CommuneSummary } from './commune-summary';
import { LoadState } from './load-state';
import { SortableTable, type Column } from './sortable-table';
import { UnitsUploadForm } from './units-upload-form';
import { useCommunes } from './use-communes';

export function UnitsPage() {
  const { t, i18n } = useTranslation(['province', 'common']);
  const communes = useCommunes();
  const columns: Column<CommuneSummary>[] = [
    { key: 'name', label: t('units.col.commune'), value: (c) => c.name },
    {
      key: 'kind',
      label: t('units.col.kind'),
      value: (c) => (c.kind === 'xa' || c.kind === 'phuong' ? t(`units.kind.${c.kind}`) : c.kind),
    },
    { key: 'id', label: t('units.col.id'), value: (c) => c.id },
    {
      key: 'villages',
      label: t('units.col.villages'),
      value: (c) => c.villageCount,
      render: (c) => formatNumber(c.villageCount, i18n.language),
      numeric: true,
    },
  ];
  return (
    <section aria-labelledby="province-units">
      <h2 id="province-units">{t('units.title')}</h2>
      <UnitsUploadForm onImported={communes.reload} />
      <h3>{t('units.communes', { count: communes.data?.length ?? 0 })}</h3>
      <LoadState loaded={communes} />
      {communes.data && (
        <SortableTable
          caption={t('units.title')}
          columns={columns}
          rows={communes.data}
          rowKey={(c) => c.id}
          empty={t('units.empty')}
        />
      )}
    </section>
  );
}
