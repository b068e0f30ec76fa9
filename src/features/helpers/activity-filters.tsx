// Filters of the village's help activities: helper, kind of help, date range.
import { useTranslation } from 'react-i18next';
import { Field } from '@/ui/field';
import type { ChoiceOption } from './choice-tiles';

export interface ActivityFilterValues {
  helperId: string;
  kind: string;
  from: string;
  to: string;
}

export const NO_FILTER: ActivityFilterValues = { helperId: '', kind: '', from: '', to: '' };

export interface ActivityFiltersProps {
  value: ActivityFilterValues;
  onChange: (value: ActivityFilterValues) => void;
  helpers: ChoiceOption[];
  kinds: ChoiceOption[];
}

export function ActivityFilters({ value, onChange, helpers, kinds }: ActivityFiltersProps) {
  const { t } = useTranslation(['helpers', 'common']);
  const set = (field: keyof ActivityFilterValues, v: string) => onChange({ ...value, [field]: v });
  const active = Object.values(value).some(Boolean);
  return (
    <details className="card filters-box" open={active}>
      <summary>{t('activities.filters')}</summary>
      <div className="filters">
        <Field label={t('activities.filterHelper')}>
          <select value={value.helperId} onChange={(e) => set('helperId', e.target.value)}>
            <option value="">{t('all', { ns: 'common' })}</option>
            {helpers.map((h) => (
              <option key={h.value} value={h.value}>
                {h.label}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('activities.filterKind')}>
          <select value={value.kind} onChange={(e) => set('kind', e.target.value)}>
            <option value="">{t('all', { ns: 'common' })}</option>
            {kinds.map((k) => (
              <option key={k.value} value={k.value}>
                {k.label}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('activities.from')}>
          <input type="date" value={value.from} onChange={(e) => set('from', e.target.value)} />
        </Field>
        <Field label={t('activities.to')}>
          <input type="date" value={value.to} onChange={(e) => set('to', e.target.value)} />
        </Field>
      </div>
      {active && (
        <button type="button" className="button" onClick={() => onChange(NO_FILTER)}>
          {t('activities.clearFilters')}
        </button>
      )}
    </details>
  );
}
