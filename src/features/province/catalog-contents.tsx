// Read-only contents of the current catalog of a kind: every list in it (topics, target groups, criteria,
// help kinds…) as code and name, with a criterion's kind and threshold, and the file of that version to
// download, so what is published can be read before it is replaced. (The template to fill in is blank:
// the publish form offers it.)
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CATALOG_KINDS, localName, type CatalogKind } from '@/domain/catalog';
import { SampleBadge } from '@/ui/sample-badge';
import { Field } from '@/ui/field';
import { downloadText } from './download-file';
import { LoadState } from './load-state';
import { useAdminData } from './use-admin';

interface Entry {
  code?: string;
  id?: string;
  name?: unknown;
  kind?: string;
  threshold?: number;
}

function entryName(name: unknown, lang: string): string {
  if (typeof name === 'string') return name;
  if (name && typeof name === 'object' && 'vi' in name) return localName(name as { vi: string }, lang);
  return '';
}

export function CatalogContents() {
  const { t, i18n } = useTranslation(['province', 'common']);
  const [kind, setKind] = useState<CatalogKind>('trainingTopics');
  const loaded = useAdminData((c) => c.currentCatalog(kind), `catalog:${kind}`);
  const catalog = loaded.data?.kind === kind ? loaded.data : undefined;
  const lists = catalog
    ? Object.entries(catalog.data as Record<string, unknown>).filter((e): e is [string, Entry[]] =>
        Array.isArray(e[1]),
      )
    : [];
  return (
    <section className="card" aria-labelledby="catalog-contents">
      <h3 id="catalog-contents">{t('catalogs.contents.title')}</h3>
      <Field label={t('catalogs.contents.kind')}>
        <select value={kind} onChange={(e) => setKind(e.target.value as CatalogKind)}>
          {CATALOG_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`catalogs.kind.${k}`)}
            </option>
          ))}
        </select>
      </Field>
      <LoadState loaded={loaded} />
      {catalog && (
        <>
          <p>
            {t('catalogs.contents.version', { version: catalog.version })}{' '}
            {catalog.sample && <SampleBadge label={t('common:sample')} title={catalog.source} />}
          </p>
          <button
            type="button"
            className="button"
            onClick={() =>
              downloadText(
                `${kind}-${catalog.version}.json`,
                `${JSON.stringify(catalog, null, 2)}\n`,
                'application/json',
              )
            }
          >
            {t('catalogs.contents.download')}
          </button>
          {lists.map(([list, entries]) => (
            <div key={list} className="catalog-list">
              <h4>{t(`catalogs.lists.${list}`, { defaultValue: list, count: entries.length })}</h4>
              <ul>
                {entries.map((e, i) => (
                  <li key={e.code ?? e.id ?? i}>
                    <code>{e.code ?? e.id}</code> {entryName(e.name, i18n.language)}
                    {e.kind === 'ratio' &&
                      e.threshold !== undefined &&
                      ` — ${t('catalogs.contents.threshold', { percent: Math.round(e.threshold * 100) })}`}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </>
      )}
    </section>
  );
}
