// /checklist/commune: the commune on the phone, offline, from local records. The plan's indicators for the
// chosen period (the same computation as the province's dashboard), every village's Thôn số standing and
// what it still lacks, and the villages' checklist progress side by side. One read transaction for the
// catalogs and the facts; the first screenful of villages is painted first, the rest right after.
import { useLiveQuery } from 'dexie-react-hooks';
import { startTransition, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { appliesAt } from '@/domain/indicators';
import { phasePeriod, planPeriod, yearPeriod, type Period } from '@/domain/periods';
import { useSession } from '@/storage/use-session';
import { SampleBadge } from '@/ui/sample-badge';
import { progressByVillage } from './checklist-progress-summary';
import './checklist.css';
import { CommuneIndicators } from './commune-indicators';
import { CommuneTable } from './commune-table';
import { readCommuneView } from './commune-view-query';
import { VillageStanding } from './village-standing';

const PERIODS = ['year', 'lastYear', 'phase1', 'phase2', 'plan'] as const;
type PeriodChoice = (typeof PERIODS)[number];
/** Village cards in the first paint: the indicators table fills most of a phone screen above them, so four
 * reach below its fold; the rest follow in a transition. */
const FIRST_SCREEN = 4;

function periodOf(choice: PeriodChoice, today: Date): Period {
  const year = today.getFullYear();
  if (choice === 'year') return yearPeriod(year);
  if (choice === 'lastYear') return yearPeriod(year - 1);
  if (choice === 'phase1') return phasePeriod(1);
  if (choice === 'phase2') return phasePeriod(2);
  return planPeriod();
}

function groupBy<T extends { villageId: string }>(items: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const list = out.get(item.villageId);
    if (list) list.push(item);
    else out.set(item.villageId, [item]);
  }
  return out;
}

export function CommunePage() {
  const { t } = useTranslation(['checklist', 'common']);
  const db = useSession((s) => s.db);
  const communeId = useSession((s) => s.communeId);
  const [choice, setChoice] = useState<PeriodChoice>('year');
  const period = periodOf(choice, new Date());
  const key = `${communeId ?? ''}#${period.from}#${period.to}`;
  // useLiveQuery keeps the previous result while a new query runs: tag it so stale rows never show.
  const result = useLiveQuery(
    async () => ({ key, view: await readCommuneView(db, communeId, period) }),
    [db, key], // the key stands for the commune and the period
  );
  const view = result?.key === key ? result.view : undefined;
  // Every village after the first screenful, and the progress table below them, render in a transition
  // once the first screenful is on screen (React yields to the browser while rendering them).
  const [whole, setWhole] = useState(false);
  useEffect(() => {
    if (view && !whole) startTransition(() => setWhole(true));
  }, [view, whole]);

  if (view === undefined) return <p className="loading">{t('loading', { ns: 'common' })}</p>;
  const { criteria, units, indicators, villages, data } = view;
  if (!criteria) return <p>{t('noCatalog')}</p>;
  const commune = units?.data.communes.find((c) => c.id === communeId);
  if (!communeId || !commune) return <p>{t('commune.noCommune')}</p>;
  const sample = criteria.sample || units?.sample === true || indicators?.sample === true;
  const list = indicators?.data.indicators ?? [];
  const villageLevel = list.filter((i) => i.level === 'village');
  const proposalsOf = groupBy(data.proposals);
  const rowsOf = groupBy(data.rows);

  return (
    <div className="checklist">
      <h1>{t('commune.title', { commune: commune.name })}</h1>
      <p className="checklist__catalog">
        {t('catalogVersion', { version: criteria.version })}{' '}
        {sample && <SampleBadge label={t('sample', { ns: 'common' })} title={criteria.source} />}
      </p>
      {criteria.sample && <p className="field__hint">{t('sampleSource', { source: criteria.source })}</p>}
      <div className="field">
        <label htmlFor="commune-period">{t('communeView.period')}</label>
        <select
          id="commune-period"
          value={choice}
          onChange={(e) => setChoice(e.target.value as PeriodChoice)}
        >
          {PERIODS.map((p) => (
            <option key={p} value={p}>
              {t(`communeView.periods.${p}`, { year: new Date().getFullYear() - (p === 'lastYear' ? 1 : 0) })}
            </option>
          ))}
        </select>
      </div>
      {villages.length === 0 ? (
        <p>{t('commune.noVillages')}</p>
      ) : (
        <>
          <section aria-labelledby="commune-indicators">
            <h2 id="commune-indicators">{t('communeView.indicatorsTitle')}</h2>
            {indicators ? (
              <>
                <CommuneIndicators
                  indicators={list.filter((i) => appliesAt(i, 'commune'))}
                  facts={data.facts}
                />
                {indicators.sample && (
                  <p className="field__hint">{t('sampleSource', { source: indicators.source })}</p>
                )}
              </>
            ) : (
              <p>{t('communeView.noIndicators')}</p>
            )}
          </section>
          <section aria-labelledby="commune-villages">
            <h2 id="commune-villages">{t('communeView.villagesTitle')}</h2>
            <ul className="list">
              {(whole ? villages : villages.slice(0, FIRST_SCREEN)).map((v, i) => (
                <VillageStanding
                  key={v.id}
                  villageId={v.id}
                  name={v.name}
                  criteria={criteria.data}
                  indicators={villageLevel}
                  facts={data.facts[i]!}
                  rows={rowsOf.get(v.id) ?? []}
                  proposals={proposalsOf.get(v.id) ?? []}
                />
              ))}
            </ul>
          </section>
          {whole && (
            <section aria-labelledby="commune-progress">
              <h2 id="commune-progress">{t('communeView.progressTitle')}</h2>
              <CommuneTable summaries={progressByVillage(villages, criteria.data.criteria, data.rows)} />
            </section>
          )}
        </>
      )}
      <p>
        <Link to="/checklist">{t('commune.back')}</Link>
      </p>
    </div>
  );
}
