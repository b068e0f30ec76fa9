// Contributions for emulation and awards, for the period: per team member, Người bản số, village or
// commune — sessions led, people trained (women, ethnic minorities), help given and households helped,
// criteria moved to "đạt". Tallies only, ranked by whichever column is clicked; no invented score.
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import {
  CONTRIBUTOR_KINDS,
  REPORTS_API,
  contributionsResponseSchema,
  type ContributionRow,
} from '@/protocol/admin-messages';
import { formatNumber } from '@/lib/format';
import { LoadState } from './load-state';
import { periodLabel } from './period-label';
import { PeriodPicker, usePeriod } from './period-picker';
import { periodText } from './period-choice';
import { SortableTable, type Column } from './sortable-table';
import { useAdminData } from './use-admin';

type By = (typeof CONTRIBUTOR_KINDS)[number];
export const TALLIES = [
  'sessionsLed',
  'peopleTrained',
  'women',
  'ethnicMinority',
  'helpActivities',
  'peopleHelped',
  'householdsHelped',
  'criteriaMet',
] as const satisfies ReadonlyArray<keyof ContributionRow>;

const readBy = (text: string | null): By =>
  (CONTRIBUTOR_KINDS as readonly string[]).includes(text ?? '') ? (text as By) : 'member';

export function ContributionsPage() {
  const { t, i18n } = useTranslation(['province', 'common']);
  const [params, setParams] = useSearchParams();
  const [period] = usePeriod();
  const by = readBy(params.get('by'));
  const communeId = params.get('communeId') ?? undefined;
  const q = new URLSearchParams({ period: periodText(period), by });
  if (communeId) q.set('communeId', communeId);
  const path = `${REPORTS_API.contributions}?${q.toString()}`;
  const loaded = useAdminData((c) => c.get(path, contributionsResponseSchema), path);
  const num = (n: number) => formatNumber(n, i18n.language);
  const columns: Column<ContributionRow>[] = [
    {
      key: 'name',
      label: t(`contributions.name.${by}`),
      value: (r) => r.name,
      render: (r) => (r.external ? t('contributions.external', { name: r.name }) : r.name),
    },
    ...(by === 'commune'
      ? []
      : [
          {
            key: 'communeName',
            label: t('contributions.col.commune'),
            value: (r: ContributionRow) => r.communeName,
          },
        ]),
    ...(by === 'member' || by === 'helper'
      ? [
          {
            key: 'villageName',
            label: t('contributions.col.village'),
            value: (r: ContributionRow) => r.villageName,
          },
        ]
      : []),
    ...TALLIES.map((key): Column<ContributionRow> => ({
      key,
      label: t(`contributions.col.${key}`),
      numeric: true,
      value: (r) => r[key],
      render: (r) => num(r[key]),
    })),
  ];
  const choose = (next: By) =>
    setParams((current) => {
      const out = new URLSearchParams(current);
      out.set('by', next);
      return out;
    });
  return (
    <section aria-labelledby="contributions-title" className="dashboard">
      <div className="dashboard__head">
        <h2 id="contributions-title">{t('contributions.title')}</h2>
        <PeriodPicker />
      </div>
      <p className="dashboard__period">{t('dashboard.periodLine', { period: periodLabel(period, t) })}</p>
      <p className="field__hint">{t('contributions.hint')}</p>
      <fieldset className="segmented">
        <legend>{t('contributions.by')}</legend>
        {CONTRIBUTOR_KINDS.map((kind) => (
          <label key={kind} className={kind === by ? 'segmented__option is-on' : 'segmented__option'}>
            <input
              type="radio"
              name="contributions-by"
              value={kind}
              checked={kind === by}
              onChange={() => choose(kind)}
            />
            {t(`contributions.byKind.${kind}`)}
          </label>
        ))}
      </fieldset>
      <LoadState loaded={loaded} />
      {loaded.data && (
        <SortableTable
          key={by}
          caption={t('contributions.caption', {
            by: t(`contributions.byKind.${by}`),
            period: periodLabel(period, t),
          })}
          columns={columns}
          rows={loaded.data.rows}
          rowKey={(r) => r.id}
          initialSort={{ key: 'peopleTrained', dir: 'desc' }}
          empty={t('contributions.empty')}
        />
      )}
    </section>
  );
}
