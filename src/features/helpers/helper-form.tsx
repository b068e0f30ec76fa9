// The Người bản số form: name, phone (optional), notes, active. A Người bản số is a villager, not
// necessarily a team member, so this is a free-text person, not a pick from the team list.
import { useTranslation } from 'react-i18next';
import type { BanSoHelperFields } from '@/domain/help-activity';
import { Field } from '@/ui/field';
import { validateHelper, type HelperValues } from './form-values';
import { useValidatedForm } from './use-validated-form';
import { NOTE_MAX } from '@/domain/record-base';
import { NoteField } from '@/ui/note-field';

export interface HelperFormProps {
  villageId: string;
  initial: HelperValues;
  onSave: (data: BanSoHelperFields) => Promise<string | null>;
}

export function HelperForm({ villageId, initial, onSave }: HelperFormProps) {
  const { t } = useTranslation(['helpers', 'common']);
  const { values, errors, saving, set, err, submit } = useValidatedForm(
    initial,
    (v: HelperValues) => validateHelper(villageId, v),
    onSave,
  );

  return (
    <form onSubmit={submit} noValidate>
      <Field label={t('helper.name')} error={err('name')}>
        <input value={values.name} autoComplete="off" onChange={(e) => set('name', e.target.value)} />
      </Field>
      <Field label={t('helper.phone')} error={err('phone')} hint={t('helper.phoneHint')}>
        <input
          type="tel"
          inputMode="tel"
          value={values.phone}
          onChange={(e) => set('phone', e.target.value)}
        />
      </Field>
      <NoteField
        label={t('helper.notes')}
        value={values.notes}
        onChange={(notes) => set('notes', notes)}
        max={NOTE_MAX}
        error={err('notes')}
      />
      <label className="check-field">
        <input type="checkbox" checked={values.active} onChange={(e) => set('active', e.target.checked)} />
        {t('helper.active')}
      </label>
      {errors.form && (
        <p className="field__error" role="alert">
          {t(errors.form)}
        </p>
      )}
      <button type="submit" className="button button--primary button--big" disabled={saving}>
        {t('save', { ns: 'common' })}
      </button>
    </form>
  );
}
