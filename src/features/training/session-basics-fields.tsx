// When, where and how long: date (today by default, never in the future), village of the commune,
// place, and duration with one-tap choices as well as typing.
import { useTranslation } from 'react-i18next';
import type { Village } from '@/domain/catalog';
import { Field } from '@/ui/field';
import type { FormSectionProps } from './form-section';
import { DURATION_CHOICES } from './training-form-model';

export function SessionBasicsFields({
  values,
  onChange,
  errorOf,
  villages,
  today,
}: FormSectionProps & { villages: Village[]; today: string }) {
  const { t } = useTranslation('training');
  return (
    <>
      <Field label={t('form.date')} error={errorOf('date')}>
        <input
          type="date"
          max={today}
          value={values.date}
          onChange={(e) => onChange({ date: e.target.value })}
        />
      </Field>
      <Field label={t('form.village')} error={errorOf('villageId')}>
        <select value={values.villageId} onChange={(e) => onChange({ villageId: e.target.value })}>
          {villages.map((v) => (
            <option key={v.id} value={v.id}>
              {v.name}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('form.place')} error={errorOf('place')} hint={t('form.placeHint')}>
        <input
          type="text"
          autoComplete="off"
          maxLength={200}
          value={values.place}
          onChange={(e) => onChange({ place: e.target.value })}
        />
      </Field>
      <Field
        label={t('form.duration')}
        error={errorOf('durationMinutes')}
        extra={
          <div className="chips" role="group" aria-label={t('form.durationChoices')}>
            {DURATION_CHOICES.map((m) => (
              <button
                key={m}
                type="button"
                className="chip"
                aria-pressed={values.durationMinutes === m}
                onClick={() => onChange({ durationMinutes: m })}
              >
                {t('form.minutes', { n: m })}
              </button>
            ))}
          </div>
        }
      >
        <input
          type="number"
          inputMode="numeric"
          min={5}
          max={1440}
          value={Number.isFinite(values.durationMinutes) ? values.durationMinutes : ''}
          onChange={(e) =>
            onChange({ durationMinutes: e.target.value === '' ? Number.NaN : Number(e.target.value) })
          }
        />
      </Field>
    </>
  );
}
