// Filters of the training list: village, date range, topic, and a search that ignores diacritics
// (typed text is applied after a short pause so each keystroke does not start a query).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localName } from '@/domain/catalog';
import { Field } from '@/ui/field';
import type { TrainingFilter } from './training-queries';
import { ALL_VILLAGES, type FilterPatch } from './use-training-filter';
import type { TrainingCatalogs } from './use-training-context';

const SEARCH_DELAY_MS = 250;

export function TrainingFilters({
  filter,
  onChange,
  catalogs,
}: {
  filter: TrainingFilter;
  onChange: (patch: FilterPatch) => void;
  catalogs: TrainingCatalogs;
}) {
  const { t, i18n } = useTranslation('training');
  const [text, setText] = useState(filter.query ?? '');
  useEffect(() => {
    if (text === (filter.query ?? '')) return;
    const timer = setTimeout(() => onChange({ query: text.trim() ? text : null }), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text, filter.query, onChange]);
  const filtered = !!(filter.from || filter.to || filter.topic || filter.query);
  const extra = [filter.from || filter.to, filter.topic].filter(Boolean).length;
  const villageName =
    catalogs.villages.find((v) => v.id === filter.villageId)?.name ?? t('filters.allVillages');
  // Open when a topic or date narrows the list, so no filter is ever hidden while it applies.
  const [open, setOpen] = useState(extra > 0);
  return (
    <div className="filters" role="search" aria-label={t('filters.title')}>
      <Field label={t('filters.search')} hint={t('filters.searchHint')}>
        <input type="search" autoComplete="off" value={text} onChange={(e) => setText(e.target.value)} />
      </Field>
      <details className="filters__more" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>
          {extra > 0
            ? t('filters.summaryMore', { village: villageName, n: extra })
            : t('filters.summary', { village: villageName })}
        </summary>
        <Field label={t('filters.village')}>
          <select
            value={filter.villageId ?? ALL_VILLAGES}
            onChange={(e) => onChange({ villageId: e.target.value })}
          >
            <option value={ALL_VILLAGES}>{t('filters.allVillages')}</option>
            {catalogs.villages.map((v) => (
              <option key={v.id} value={v.id}>
                {v.name}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('filters.topic')}>
          <select value={filter.topic ?? ''} onChange={(e) => onChange({ topic: e.target.value || null })}>
            <option value="">{t('filters.allTopics')}</option>
            {catalogs.topics.topics.map((tp) => (
              <option key={tp.code} value={tp.code}>
                {localName(tp.name, i18n.language)}
              </option>
            ))}
          </select>
        </Field>
        <div className="filters__dates">
          <Field label={t('filters.from')}>
            <input
              type="date"
              value={filter.from ?? ''}
              onChange={(e) => onChange({ from: e.target.value || null })}
            />
          </Field>
          <Field label={t('filters.to')}>
            <input
              type="date"
              value={filter.to ?? ''}
              onChange={(e) => onChange({ to: e.target.value || null })}
            />
          </Field>
        </div>
      </details>
      {filtered && (
        <button
          type="button"
          className="button"
          onClick={() => {
            setText('');
            onChange({ from: null, to: null, topic: null, query: null });
          }}
        >
          {t('filters.clear')}
        </button>
      )}
    </div>
  );
}
