// Edits one village count in place: the number by stepper or typing, the date counted (today by
// default). Validated with the domain schema, errors inline; saved through the record writer.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { villageCountFields } from '@/domain/checklist-progress';
import { isFuture, isoDate } from '@/domain/dates';
import { errorsByField } from '@/lib/form-errors';
import { writeContext } from '@/storage/session-store';
import { useSession } from '@/storage/use-session';
import { Field } from '@/ui/field';
import { Stepper } from '@/ui/stepper';
import { saveCount, type VillageCount } from '@/storage/village-counts';

export interface CountEditorProps {
  villageId: string;
  code: string;
  name: string;
  current: VillageCount | undefined;
  onSaved: () => void;
  onCancel: () => void;
}

export function CountEditor({ villageId, code, name, current, onSaved, onCancel }: CountEditorProps) {
  const { t } = useTranslation(['village-profile', 'common']);
  const db = useSession((s) => s.db);
  const [value, setValue] = useState(current?.value ?? 0);
  const [countedOn, setCountedOn] = useState(isoDate(new Date()));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const err = (field: string) => (errors[field] ? t(errors[field], { ns: 'common' }) : undefined);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const parsed = villageCountFields.safeParse({ villageId, code, value, countedOn });
    const found: Record<string, string> = parsed.success ? {} : errorsByField(parsed.error.issues);
    // A count is of something already counted: a date after today is a slip of the finger.
    if (!found.countedOn && isFuture(countedOn, isoDate(new Date()))) found.countedOn = 'errors.futureDate';
    if (!parsed.success || Object.keys(found).length > 0) {
      setErrors(found);
      return;
    }
    const ctx = writeContext();
    if (!ctx) {
      setErrors({ form: 'village-profile:noMember' });
      return;
    }
    setSaving(true);
    try {
      await saveCount(db, parsed.data, ctx);
      onSaved();
    } catch {
      setSaving(false);
      setErrors({ form: 'common:errors.saveFailed' });
    }
  };

  return (
    <form onSubmit={submit} noValidate className="count-editor">
      <Stepper
        label={name}
        value={value}
        onChange={(n) => {
          setValue(n);
          setErrors(({ value: _gone, ...rest }) => rest);
        }}
        error={err('value')}
        decreaseLabel={t('decrease', { ns: 'common' })}
        increaseLabel={t('increase', { ns: 'common' })}
      />
      <Field label={t('dateLabel')} error={err('countedOn')}>
        <input
          type="date"
          value={countedOn}
          onChange={(e) => {
            setCountedOn(e.target.value);
            setErrors(({ countedOn: _gone, ...rest }) => rest);
          }}
        />
      </Field>
      {errors.form && (
        <p className="field__error" role="alert">
          {t(errors.form)}
        </p>
      )}
      <div className="profile-actions">
        <button type="submit" className="button button--primary" disabled={saving}>
          {t('save', { ns: 'common' })}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('cancel', { ns: 'common' })}
        </button>
      </div>
    </form>
  );
}
