// Names instead of codes: the current catalogs (kinds of help, Thôn số criteria, training topics) turned
// into lookups, so no province screen ever shows "vneid" or "Tiêu chí team" where a person expects words.
// A code the catalog does not know (an older version) is shown as itself, marked, rather than hidden.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { localName, type CatalogEntry } from '@/domain/catalog';
import type { AdminClient } from './admin-client';
import { useAdminData } from './use-admin';

export interface CatalogLabels {
  helpKind: (code: unknown) => string;
  criterion: (code: unknown) => string;
  topic: (code: unknown) => string;
  /** True while the catalogs are still loading (labels fall back to codes meanwhile). */
  loading: boolean;
}

async function loadEntries(client: AdminClient) {
  const [kinds, criteria, topics] = await Promise.all([
    client.currentCatalog('helpKinds'),
    client.currentCatalog('criteria'),
    client.currentCatalog('trainingTopics'),
  ]);
  return {
    helpKinds: kinds?.data.kinds ?? [],
    criteria: criteria?.data.criteria ?? [],
    topics: topics?.data.topics ?? [],
  };
}

function lookup(
  entries: Array<Pick<CatalogEntry, 'code' | 'name'>>,
  lang: string,
  unknown: (c: string) => string,
) {
  const names = new Map(entries.map((e) => [e.code, localName(e.name, lang)]));
  return (code: unknown) => {
    if (code === null || code === undefined || code === '') return '';
    const text = String(code);
    return names.get(text) ?? unknown(text);
  };
}

export function useCatalogLabels(): CatalogLabels {
  const { t, i18n } = useTranslation('province');
  const loaded = useAdminData(loadEntries, 'catalog-labels');
  const lang = i18n.language;
  return useMemo(() => {
    const data = loaded.data ?? { helpKinds: [], criteria: [], topics: [] };
    const unknown = (code: string) => t('labels.unknownCode', { code });
    return {
      helpKind: lookup(data.helpKinds, lang, unknown),
      criterion: lookup(data.criteria, lang, unknown),
      topic: lookup(data.topics, lang, unknown),
      loading: loaded.loading,
    };
  }, [loaded.data, loaded.loading, lang, t]);
}
