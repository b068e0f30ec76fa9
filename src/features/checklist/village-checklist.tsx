// One village's Thôn số checklist: progress at the top, then every criterion of the CURRENT criteria
// version grouped as the catalog groups them, then progress kept from criteria older versions had.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { localName, type CatalogOf } from '@/domain/catalog';
import { compositeId } from '@/domain/ids';
import { recognitionGaps } from '@/domain/recognition-rule';
import { useSession } from '@/storage/use-session';
import { SampleBadge } from '@/ui/sample-badge';
import { groupCriteria, progressOfVillage, retiredRows } from './checklist-progress-summary';
import { CriterionCard } from './criterion-card';
import { ProgressHeader } from './progress-header';
import { RecognitionCard } from './recognition-card';
import { RetiredProgress } from './retired-progress';
import { useVillageChecklist } from './use-checklist-data';

export interface VillageChecklistProps {
  villageId: string;
  villageName: string;
  catalog: CatalogOf<'criteria'>;
}

export function VillageChecklist({ villageId, villageName, catalog }: VillageChecklistProps) {
  const { t, i18n } = useTranslation(['checklist', 'common']);
  const communeId = useSession((s) => s.communeId);
  const memberId = useSession((s) => s.memberId);
  // Selected as primitives: a selector building a new object each render would loop.
  const ctx = useMemo(
    () => (communeId && memberId ? { communeId, actor: memberId } : null),
    [communeId, memberId],
  );
  const data = useVillageChecklist(villageId, catalog);
  if (!data) return <p className="loading">{t('loading', { ns: 'common' })}</p>;

  const rowOf = new Map(data.rows.map((r) => [r.criterionCode, r]));
  const progress = progressOfVillage(catalog.data.criteria, data.rows);
  const status = new Map(data.rows.map((r) => [r.criterionCode, r.status]));
  const catalogs = new Map([...data.olderCatalogs, [catalog.version, catalog]]);
  return (
    <div className="checklist">
      <h1>{t('villageTitle', { village: villageName })}</h1>
      <p className="checklist__catalog">
        {t('catalogVersion', { version: catalog.version })}{' '}
        {catalog.sample && <SampleBadge label={t('sample', { ns: 'common' })} title={catalog.source} />}
      </p>
      {catalog.sample && <p className="field__hint">{t('sampleSource', { source: catalog.source })}</p>}
      <ProgressHeader progress={progress} />
      <RecognitionCard
        villageId={villageId}
        catalog={catalog}
        gaps={recognitionGaps(catalog.data, (code) => status.get(code))}
        rows={data.rows}
        counts={data.counts}
        proposals={data.proposals}
        names={data.names}
        catalogs={catalogs}
        ctx={ctx}
      />
      <p>
        <Link to="/checklist/commune">{t('communeLink')}</Link>
      </p>
      {!ctx && (
        <p className="field__error" role="alert">
          {t('noMember')}
        </p>
      )}
      {groupCriteria(catalog.data).map(({ group, criteria }) => (
        <section key={group.code} aria-labelledby={`group-${group.code}`}>
          <h2 id={`group-${group.code}`}>{localName(group.name, i18n.language)}</h2>
          {criteria.map((criterion) => {
            const row = rowOf.get(criterion.code);
            return (
              <CriterionCard
                key={criterion.code}
                villageId={villageId}
                criterion={criterion}
                catalog={{ version: catalog.version, counts: catalog.data.counts }}
                row={row}
                counts={data.counts}
                names={data.names}
                audit={data.audit.get(compositeId(villageId, criterion.code)) ?? []}
                assessorName={row ? data.names.get(row.assessedBy) : undefined}
                ctx={ctx}
              />
            );
          })}
        </section>
      ))}
      <RetiredProgress
        rows={retiredRows(catalog.data.criteria, data.rows)}
        olderCatalogs={data.olderCatalogs}
      />
    </div>
  );
}
