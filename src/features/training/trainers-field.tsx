// One or more trainer names: a row per trainer, add and remove, suggestions from the village's team.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '@/ui/field';

export interface TrainersFieldProps {
  trainers: string[];
  onChange: (trainers: string[]) => void;
  errorOf: (path: string) => string | undefined;
  suggestions: string[];
}

export function TrainersField({ trainers, onChange, errorOf, suggestions }: TrainersFieldProps) {
  const { t } = useTranslation('training');
  const listId = useId();
  const set = (i: number, name: string) => onChange(trainers.map((n, j) => (j === i ? name : n)));
  return (
    <fieldset className="field trainers">
      <legend>{t('form.trainers')}</legend>
      {trainers.map((name, i) => (
        <Field
          key={i}
          label={t('form.trainer', { n: i + 1 })}
          error={errorOf(`trainers.${i}`) ?? (i === 0 ? errorOf('trainers') : undefined)}
          extra={
            trainers.length > 1 && (
              <button
                type="button"
                className="button trainers__remove"
                onClick={() => onChange(trainers.filter((_, j) => j !== i))}
              >
                {t('form.removeTrainer', { n: i + 1 })}
              </button>
            )
          }
        >
          <input
            type="text"
            autoComplete="off"
            maxLength={120}
            list={listId}
            value={name}
            onChange={(e) => set(i, e.target.value)}
          />
        </Field>
      ))}
      <datalist id={listId}>
        {suggestions.map((s) => (
          <option key={s} value={s} />
        ))}
      </datalist>
      <button type="button" className="button" onClick={() => onChange([...trainers, ''])}>
        {t('form.addTrainer')}
      </button>
    </fieldset>
  );
}
