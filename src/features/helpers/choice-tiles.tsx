// A group of big tap-to-choose tiles (radio buttons): who helped, which kind of help. One tap picks.
import { useId, type ReactNode } from 'react';

export interface ChoiceOption {
  value: string;
  label: string;
}

export interface ChoiceTilesProps {
  legend: string;
  name: string;
  options: ChoiceOption[];
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  /** Shown after the legend, e.g. the sample-data badge of the catalog the options come from. */
  badge?: ReactNode;
}

export function ChoiceTiles({ legend, name, options, value, onChange, error, badge }: ChoiceTilesProps) {
  const errorId = useId();
  return (
    <fieldset className="choice-tiles" aria-describedby={error ? errorId : undefined}>
      <legend>
        {legend} {badge}
      </legend>
      {options.map((o) => (
        <label key={o.value} className="choice-tile">
          <input
            type="radio"
            name={name}
            value={o.value}
            checked={value === o.value}
            onChange={() => onChange(o.value)}
          />
          <span>{o.label}</span>
        </label>
      ))}
      {error && (
        <p id={errorId} className="field__error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
