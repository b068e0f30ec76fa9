// Form state shared by the Người bản số and help-activity forms: values, inline error keys cleared as a
// field changes, and a submit that validates with the domain schema, saves, and reports a save failure.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Validated } from './form-values';

export function useValidatedForm<V extends object, D>(
  initial: V,
  validate: (values: V) => Validated<D>,
  onSave: (data: D) => Promise<string | null>,
  onSaved: () => Promise<void> = async () => {},
) {
  const { t } = useTranslation(['helpers', 'common']);
  const [values, setValues] = useState<V>(initial);
  const [dirty, setDirty] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);

  const set = <K extends keyof V>(field: K, value: V[K]) => {
    setValues((v) => ({ ...v, [field]: value }));
    setDirty(true);
    setErrors(({ [field as string]: _gone, ...rest }) => rest);
  };
  const err = (field: string) => (errors[field] ? t(errors[field], { ns: 'common' }) : undefined);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const result = validate(values);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setSaving(true);
    const failure = await onSave(result.data);
    if (failure) {
      setSaving(false);
      setErrors({ form: failure });
      return;
    }
    await onSaved();
  };

  return { values, setValues, dirty, setDirty, errors, saving, set, err, submit };
}
