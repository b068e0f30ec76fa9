// The measured numbers of a ratio criterion: numerator and denominator by stepper, the ratio and the
// threshold verdict computed on the fly (never stored). When the criterion names village counts, the
// numbers ARE the village profile's counts: shown with when and by whom they were last updated.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { localName, type Criteria, type Criterion } from '@/domain/catalog';
import { computeRatio } from '@/domain/ratio';
import { formatDate, formatDateTime, formatNumber, formatPercent } from '@/lib/format';
import type { VillageCount } from '@/storage/village-counts';
import { Stepper } from '@/ui/stepper';

export interface RatioValues {
  numerator: number | null;
  denominator: number | null;
}

export interface RatioFieldsProps {
  criterion: Criterion;
  countNames: Criteria['counts'];
  counts: Map<string, VillageCount>;
  /** Team member names by id (who last updated a count). */
  names: Map<string, string>;
  villageId: string;
  values: RatioValues;
  errors: Record<string, string>;
  onChange: (values: RatioValues) => void;
}

const asInput = (n: number | null) => (n === null ? Number.NaN : n);
const fromInput = (n: number) => (Number.isNaN(n) ? null : n);

export function RatioFields({
  criterion,
  countNames,
  counts,
  names,
  villageId,
  values,
  errors,
  onChange,
}: RatioFieldsProps) {
  const { t, i18n } = useTranslation(['checklist', 'common']);
  const lang = i18n.language;
  const countName = (code: string | undefined) => {
    const entry = countNames.find((c) => c.code === code);
    return entry ? localName(entry.name, lang) : undefined;
  };
  const numName = countName(criterion.numeratorCount);
  const denName = countName(criterion.denominatorCount);
  // A numerator above the denominator is an input error (shown inline), never a ratio over 100 %.
  const impossible =
    values.numerator !== null && values.denominator !== null && values.numerator > values.denominator;
  const { ratio, meetsThreshold } = impossible
    ? { ratio: null, meetsThreshold: null }
    : computeRatio(criterion, values.numerator, values.denominator);
  const hint: 'missing' | 'exceeds' | 'zeroDenominator' = impossible
    ? 'exceeds'
    : values.numerator !== null && values.denominator !== null && values.denominator <= 0
      ? 'zeroDenominator'
      : 'missing';
  const threshold = criterion.threshold === undefined ? '' : formatPercent(criterion.threshold, lang);
  const countBacked = Boolean(criterion.numeratorCount && criterion.denominatorCount);
  const profile = [criterion.numeratorCount, criterion.denominatorCount]
    .map((code) => (code ? counts.get(code) : undefined))
    .filter((c): c is VillageCount => c !== undefined);
  const error = (field: string) => (errors[field] ? t(errors[field], { ns: 'common' }) : undefined);

  return (
    <div className="ratio">
      <Stepper
        label={numName ? t('numeratorLabel', { name: numName }) : t('numerator')}
        value={asInput(values.numerator)}
        onChange={(n) => onChange({ ...values, numerator: fromInput(n) })}
        error={error('numerator')}
        decreaseLabel={t('decrease', { ns: 'common' })}
        increaseLabel={t('increase', { ns: 'common' })}
      />
      <Stepper
        label={denName ? t('denominatorLabel', { name: denName }) : t('denominator')}
        value={asInput(values.denominator)}
        onChange={(n) => onChange({ ...values, denominator: fromInput(n) })}
        error={error('denominator')}
        decreaseLabel={t('decrease', { ns: 'common' })}
        increaseLabel={t('increase', { ns: 'common' })}
      />
      {ratio === null ? (
        // The hint follows the typing: what is still missing, or why these two numbers cannot be right.
        hint === 'missing' ? (
          <p className="ratio__result">{t('ratio.missing')}</p>
        ) : (
          <p className="ratio__result field__error">
            {t(`ratio.${hint}`, {
              numerator: formatNumber(values.numerator ?? 0, lang),
              denominator: formatNumber(values.denominator ?? 0, lang),
            })}
          </p>
        )
      ) : (
        <p className="ratio__result">
          <strong>{t('ratio.value', { percent: formatPercent(ratio, lang) })}</strong>
          {meetsThreshold !== null && (
            <span className={meetsThreshold ? 'ratio__verdict ratio__verdict--meets' : 'ratio__verdict'}>
              {meetsThreshold ? t('ratio.meets', { threshold }) : t('ratio.below', { threshold })}
            </span>
          )}
        </p>
      )}
      {countBacked && (
        <div className="ratio__profile">
          <p className="ratio__profile-title">{t('profileCounts.title')}</p>
          <ul className="list">
            {profile.map((c) => (
              <li key={c.code}>
                {t('profileCounts.count', {
                  name: countName(c.code) ?? c.code,
                  value: formatNumber(c.value, lang),
                  date: formatDate(c.countedOn),
                  time: formatDateTime(c.updatedAt, lang),
                  author: (c.updatedBy && names.get(c.updatedBy)) ?? c.updatedBy ?? t('audit.unknownAuthor'),
                })}
              </li>
            ))}
          </ul>
          <p className="field__hint">
            {t('profileCounts.hint')}{' '}
            <Link to={`/village-profile/${encodeURIComponent(villageId)}`}>{t('profileCounts.link')}</Link>
          </p>
        </div>
      )}
    </div>
  );
}
