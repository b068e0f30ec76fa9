// A labelled form field with its inline error (already translated) and hint, wired for screen readers.
import { useId, type ReactElement, type ReactNode } from 'react';
import { cloneElement } from 'react';

export interface FieldProps {
  label: string;
  error?: string | undefined;
  hint?: string | undefined;
  /** The input, select or textarea; it receives id and aria attributes. */
  children: ReactElement<Record<string, unknown>>;
  extra?: ReactNode;
}

export function Field({ label, error, hint, children, extra }: FieldProps) {
  const id = useId();
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [error ? errorId : null, hint ? hintId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {cloneElement(children, {
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy,
      })}
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field__error" role="alert">
          {error}
        </p>
      )}
      {extra}
    </div>
  );
}
