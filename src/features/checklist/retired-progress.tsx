// Progress recorded against criteria the current catalog version no longer has: shown with the version
// it was assessed under (names from that older catalog when the phone has it), never counted.
import { useTranslation } from 'react-i18next';
import { localName, type CatalogOf } from '@/domain/catalog';
import type { ProgressRow } from './checklist-queries';

export interface RetiredProgressProps {
  rows: readonly ProgressRow[];
  olderCatalogs: Map<string, CatalogOf<'criteria'>>;
}

export function RetiredProgress({ rows, olderCatalogs }: RetiredProgressProps) {
  const { t, i18n } = useTranslation('checklist');
  if (rows.length === 0) return null;
  const nameOf = (row: ProgressRow) => {
    const criterion = olderCatalogs
      .get(row.criteriaVersion)
      ?.data.criteria.find((c) => c.code === row.criterionCode);
    return criterion ? localName(criterion.name, i18n.language) : row.criterionCode;
  };
  return (
    <section className="retired" aria-labelledby="checklist-retired">
      <h2 id="checklist-retired">{t('retired.title')}</h2>
      <p className="field__hint">{t('retired.hint')}</p>
      <ul className="list">
        {rows.map((row) => (
          <li key={row.id} className="card">
            <strong>{nameOf(row)}</strong>
            <p className="criterion__assessed">
              {t('retired.entry', {
                status: t(`status.${row.status}`),
                version: t('assessedUnder', { version: row.criteriaVersion }),
              })}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
