// A labelled group of checkboxes (topics) with its inline error; the group takes focus when invalid so
// the first error after a submit is where the user's attention goes.
import { useId } from 'react';

export interface ChoiceGroupProps {
  legend: string;
  options: { code: string; label: string }[];
  selected: string[];
  onChange: (selected: string[]) => void;
  error?: string | undefined;
}

export function ChoiceGroup({ legend, options, selected, onChange, error }: ChoiceGroupProps) {
  const id = useId();
  const toggle = (code: string, on: boolean) =>
    onChange(on ? [...selected, code] : selected.filter((c) => c !== code));
  return (
    <fieldset
      className={error ? 'field choice-group field--invalid' : 'field choice-group'}
      data-invalid={error ? 'true' : undefined}
      tabIndex={error ? -1 : undefined}
      aria-describedby={error ? `${id}-error` : undefined}
    >
      <legend>{legend}</legend>
      {options.map((o) => (
        <label key={o.code} className="choice">
          <input
            type="checkbox"
            checked={selected.includes(o.code)}
            onChange={(e) => toggle(o.code, e.target.checked)}
          />
          <span>{o.label}</span>
        </label>
      ))}
      {error && (
        <p id={`${id}-error`} className="field__error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
