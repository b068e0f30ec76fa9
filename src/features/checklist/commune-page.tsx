// /checklist/commune: the commune on the phone, offline, from local records. The plan's indicators for the
// chosen period (the same computation as the province's dashboard), every village's Thôn số standing and
// what it still lacks, and the villages' checklist progress side by side. One batch of indexed reads.
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { appliesAt } from '@/domain/indicators';
import { phasePeriod, planPeriod, yearPeriod, type Period } from '@/domain/periods';
import { useCatalog, useSession } from '@/storage/use-session';
import { SampleBadge } from '@/ui/sample-badge';
import { progressByVillage } from './checklist-progress-summary';
import './checklist.css';
import { communeData } from './commune-facts';
import { CommuneIndicators } from './commune-indicators';
import { CommuneTable } from './commune-table';
import { VillageStanding } from './village-standing';

const PERIODS = ['year', 'lastYear', 'phase1', 'phase2', 'plan'] as const;
type PeriodChoice = (typeof PERIODS)[number];

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
  const criteria = useCatalog('criteria');
  const units = useCatalog('adminUnits');
  const indicators = useCatalog('indicators');
  const [choice, setChoice] = useState<PeriodChoice>('year');
  const period = periodOf(choice, new Date());
  const villages = useMemo(
    () => (units?.data.villages ?? []).filter((v) => v.communeId === communeId),
    [units, communeId],
  );
  const key = `${villages.map((v) => v.id).join('|')}#${period.from}#${period.to}#${indicators?.version ?? ''}`;
  // useLiveQuery keeps the previous result while a new query runs: tag it so stale rows never show.
  const result = useLiveQuery(
    async () => ({ key, data: await communeData(db, villages, period, indicators?.data ?? null) }),
    [db, key], // the key stands for villages, period and catalog
  );
  const data = result?.key === key ? result.data : undefined;

  if (criteria === undefined || units === undefined || indicators === undefined || data === undefined)
    return <p className="loading">{t('loading', { ns: 'common' })}</p>;
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
              {villages.map((v, i) => (
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
          <section aria-labelledby="commune-progress">
            <h2 id="commune-progress">{t('communeView.progressTitle')}</h2>
            <CommuneTable summaries={progressByVillage(villages, criteria.data.criteria, data.rows)} />
          </section>
        </>
      )}
      <p>
        <Link to="/checklist">{t('commune.back')}</Link>
      </p>
    </div>
  );
}
