// Who led the session: one row per trainer, each chosen from the commune's team members (so the
// province can count each member's contributions), or "someone from outside the team" with a typed name.
// Older sessions whose trainers are free text open as outside names, still editable.
import { useTranslation } from 'react-i18next';
import { Field } from '@/ui/field';

export interface TrainerMember {
  id: string;
  name: string;
}

export interface TrainersFieldProps {
  trainers: string[];
  memberIds: (string | null)[] | undefined;
  members: TrainerMember[];
  onChange: (trainers: string[], memberIds: (string | null)[]) => void;
  errorOf: (path: string) => string | undefined;
}

const OUTSIDE = '';

export function TrainersField({ trainers, memberIds, members, onChange, errorOf }: TrainersFieldProps) {
  const { t } = useTranslation('training');
  // A draft kept by an older version of the app has no member ids: its rows read as outside names.
  const idOf = (i: number) => memberIds?.[i] ?? null;
  const setRow = (i: number, name: string, memberId: string | null) =>
    onChange(
      trainers.map((n, j) => (j === i ? name : n)),
      trainers.map((_, j) => (j === i ? memberId : idOf(j))),
    );
  // The "at least one trainer" error belongs to the first row.
  const rowErrorOf = (i: number) => errorOf(`trainers.${i}`) ?? (i === 0 ? errorOf('trainers') : undefined);
  const remove = (i: number) =>
    onChange(
      trainers.filter((_, j) => j !== i),
      trainers.map((_, j) => idOf(j)).filter((_, j) => j !== i),
    );
  return (
    <fieldset className="field trainers">
      <legend>{t('form.trainers')}</legend>
      {trainers.map((name, i) => {
        const memberId = idOf(i);
        const known = memberId !== null && members.some((m) => m.id === memberId);
        const rowError = rowErrorOf(i);
        return (
          <div key={i} className="trainers__row">
            <Field
              label={t('form.trainer', { n: i + 1 })}
              error={known ? rowError : undefined}
              extra={
                trainers.length > 1 && (
                  <button type="button" className="button trainers__remove" onClick={() => remove(i)}>
                    {t('form.removeTrainer', { n: i + 1 })}
                  </button>
                )
              }
            >
              <select
                value={known ? memberId : OUTSIDE}
                onChange={(e) => {
                  const member = members.find((m) => m.id === e.target.value);
                  setRow(i, member ? member.name : '', member ? member.id : null);
                }}
              >
                {members.map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.name}
                  </option>
                ))}
                <option value={OUTSIDE}>{t('form.outsideTrainer')}</option>
              </select>
            </Field>
            {!known && (
              <Field label={t('form.outsideName', { n: i + 1 })} error={rowError}>
                <input
                  type="text"
                  autoComplete="off"
                  maxLength={120}
                  value={name}
                  onChange={(e) => setRow(i, e.target.value, null)}
                />
              </Field>
            )}
          </div>
        );
      })}
      <button
        type="button"
        className="button"
        onClick={() => onChange([...trainers, ''], [...trainers.map((_, j) => idOf(j)), null])}
      >
        {t('form.addTrainer')}
      </button>
    </fieldset>
  );
}
