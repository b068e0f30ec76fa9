// The period every province figure, list, chart and export follows: a calendar year, the plan's phase 1 or
// 2, the whole plan, or a custom range of days. The choice is written to the URL (shareable, reloadable).
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { parsePeriod, phasePeriod, planPeriod, yearPeriod, type Period } from '@/domain/periods';
import { Field } from '@/ui/field';
import { offeredYears, periodParams, periodText, readPeriod } from './period-choice';

/** The period of the current URL, and a setter that keeps the URL's other parameters. */
export function usePeriod(): [Period, (next: Period) => void] {
  const [params, setParams] = useSearchParams();
  return [readPeriod(params), (next) => setParams((current) => periodParams(next, current))];
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function fromChoice(value: string): Period {
  if (value === 'phase1') return phasePeriod(1);
  if (value === 'phase2') return phasePeriod(2);
  if (value === 'plan') return planPeriod();
  return yearPeriod(Number(value));
}

export function PeriodPicker() {
  const { t } = useTranslation('province');
  const [period, setPeriod] = usePeriod();
  const [custom, setCustom] = useState(period.kind === 'range');
  const [from, setFrom] = useState(period.from);
  const [to, setTo] = useState(period.to);
  const [error, setError] = useState<string | undefined>();
  const choose = (value: string) => {
    setError(undefined);
    if (value === 'range') return setCustom(true);
    setCustom(false);
    const next = fromChoice(value);
    setFrom(next.from);
    setTo(next.to);
    setPeriod(next);
  };
  const apply = (e: FormEvent) => {
    e.preventDefault();
    if (!ISO_DAY.test(from) || !ISO_DAY.test(to)) return setError(t('period.missingDays'));
    if (from > to) return setError(t('period.reversed'));
    const next = parsePeriod(`${from}..${to}`);
    if (!next) return setError(t('period.tooLong'));
    setError(undefined);
    setPeriod(next);
  };
  const selected = custom ? 'range' : period.kind === 'year' ? periodText(period) : period.kind;
  return (
    <form className="period-picker" onSubmit={apply} aria-label={t('period.formLabel')}>
      <Field label={t('period.label')}>
        <select value={selected} onChange={(e) => choose(e.target.value)}>
          {offeredYears().map((y) => (
            <option key={y} value={String(y)}>
              {t('period.year', { year: y })}
            </option>
          ))}
          <option value="phase1">{t('period.phase1')}</option>
          <option value="phase2">{t('period.phase2')}</option>
          <option value="plan">{t('period.plan')}</option>
          <option value="range">{t('period.range')}</option>
        </select>
      </Field>
      {custom && (
        <>
          <Field label={t('period.from')}>
            <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
          </Field>
          <Field label={t('period.to')} error={error}>
            <input type="date" value={to} onChange={(e) => setTo(e.target.value)} />
          </Field>
          <button type="submit" className="button button--primary">
            {t('period.apply')}
          </button>
        </>
      )}
    </form>
  );
}
