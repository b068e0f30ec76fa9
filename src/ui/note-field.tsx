// A free-text note with its limit in view: a live "120/2.000 ký tự" counter, and past the limit an inline
// error saying by how much — never a silent cut (no maxLength) and never a bare "too long" on save.
import { useTranslation } from 'react-i18next';
import { formatNumber } from '@/lib/format';
import { Field } from './field';

export interface NoteFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** The schema's limit on the trimmed text (NOTE_MAX for notes). */
  max: number;
  /** The form's error for this field, already translated. */
  error?: string | undefined;
}

export function NoteField({ label, value, onChange, max, error }: NoteFieldProps) {
  const { t, i18n } = useTranslation('common');
  const lang = i18n.language;
  const length = value.trim().length;
  const over = length - max;
  const counter = t('note.count', { n: formatNumber(length, lang), max: formatNumber(max, lang) });
  return (
    <Field
      label={label}
      hint={counter}
      error={
        over > 0 ? t('note.over', { max: formatNumber(max, lang), over: formatNumber(over, lang) }) : error
      }
    >
      <textarea value={value} onChange={(e) => onChange(e.target.value)} />
    </Field>
  );
}
