// The commune's villages side by side: a table that sorts by any column (tap the header), each row
// opening that village's checklist.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { formatNumber, formatPercent } from '@/lib/format';
import {
  SORT_KEYS,
  sortSummaries,
  type SortDirection,
  type SortKey,
  type VillageSummary,
} from './checklist-progress-summary';

export function CommuneTable({ summaries }: { summaries: readonly VillageSummary[] }) {
  const { t, i18n } = useTranslation('checklist');
  const lang = i18n.language;
  const navigate = useNavigate();
  const [sort, setSort] = useState<{ key: SortKey; direction: SortDirection }>({
    key: 'name',
    direction: 'ascending',
  });
  const rows = sortSummaries(summaries, sort.key, sort.direction, lang);
  const sortBy = (key: SortKey) =>
    setSort((s) =>
      s.key === key
        ? { key, direction: s.direction === 'ascending' ? 'descending' : 'ascending' }
        : { key, direction: key === 'name' ? 'ascending' : 'descending' },
    );

  return (
    <table className="commune-table">
      <caption>{t('commune.caption')}</caption>
      <thead>
        <tr>
          {SORT_KEYS.map((key) => (
            <th key={key} scope="col" aria-sort={sort.key === key ? sort.direction : 'none'}>
              <button type="button" onClick={() => sortBy(key)}>
                {t(`commune.columns.${key}`)}
              </button>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((v) => (
          <tr
            key={v.villageId}
            className="commune-table__row"
            onClick={() => void navigate(`/checklist/${v.villageId}`)}
          >
            <th scope="row">
              <Link to={`/checklist/${v.villageId}`}>{v.name}</Link>
            </th>
            <td>{formatNumber(v.met, lang)}</td>
            <td>{formatNumber(v.inProgress, lang)}</td>
            <td>{formatNumber(v.total, lang)}</td>
            <td>{formatPercent(v.share, lang)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
