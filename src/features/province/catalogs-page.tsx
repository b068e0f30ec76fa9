// Catalogs: every published version per kind (the current one and sample ones marked), and publishing.
import { useTranslation } from 'react-i18next';
import { SampleBadge } from '@/ui/sample-badge';
import type { CatalogSummary } from './admin-client';
import { CatalogContents } from './catalog-contents';
import { CatalogPublishForm } from './catalog-publish-form';
import { LoadState } from './load-state';
import { SortableTable, type Column } from './sortable-table';
import { useAdminData } from './use-admin';
import { formatStamp } from './format-stamp';

export function CatalogsPage() {
  const { t } = useTranslation(['province', 'common']);
  const loaded = useAdminData((c) => c.catalogs(), 'catalogs');
  const kindName = (k: string) => t(`catalogs.kind.${k}`, { defaultValue: k });
  const columns: Column<CatalogSummary>[] = [
    { key: 'kind', label: t('catalogs.col.kind'), value: (c) => kindName(c.kind) },
    {
      key: 'version',
      label: t('catalogs.col.version'),
      value: (c) => c.version,
      render: (c) => (
        <>
          {c.version} {c.sample && <SampleBadge label={t('common:sample')} />}
        </>
      ),
    },
    {
      key: 'publishedAt',
      label: t('catalogs.col.publishedAt'),
      value: (c) => c.publishedAt,
      render: (c) => {
        const ms = Date.parse(c.publishedAt);
        return Number.isNaN(ms) ? c.publishedAt : formatStamp(ms);
      },
    },
    {
      key: 'current',
      label: t('catalogs.col.current'),
      value: (c) => (c.current ? 0 : 1),
      render: (c) => (c.current ? <strong>{t('catalogs.current')}</strong> : ''),
    },
  ];
  return (
    <section aria-labelledby="province-catalogs">
      <h2 id="province-catalogs">{t('catalogs.title')}</h2>
      <LoadState loaded={loaded} />
      {loaded.data && (
        <SortableTable
          caption={t('catalogs.title')}
          columns={columns}
          rows={loaded.data}
          rowKey={(c) => `${c.kind}:${c.version}`}
          empty={t('catalogs.empty')}
        />
      )}
      <CatalogContents />
      <CatalogPublishForm onPublished={loaded.reload} />
    </section>
  );
}
