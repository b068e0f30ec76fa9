// A count entered by − / + buttons as well as by typing: attendees, people helped, households.
import { useId } from 'react';

export interface StepperProps {
  label: string;
  value: number;
  onChange: (value: number) => void;
  min?: number;
  max?: number;
  error?: string | undefined;
  decreaseLabel: string;
  increaseLabel: string;
}

export function Stepper({
  label,
  value,
  onChange,
  min = 0,
  max = 1_000_000,
  error,
  decreaseLabel,
  increaseLabel,
}: StepperProps) {
  const id = useId();
  const clamp = (n: number) => Math.min(max, Math.max(min, n));
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      <div className="stepper">
        <button
          type="button"
          aria-label={`${decreaseLabel}: ${label}`}
          onClick={() => onChange(clamp(value - 1))}
          disabled={value <= min}
        >
          −
        </button>
        <input
          id={id}
          type="number"
          inputMode="numeric"
          min={min}
          max={max}
          value={Number.isFinite(value) ? value : ''}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => onChange(e.target.value === '' ? Number.NaN : Number(e.target.value))}
        />
        <button
          type="button"
          aria-label={`${increaseLabel}: ${label}`}
          onClick={() => onChange(clamp((Number.isFinite(value) ? value : 0) + 1))}
          disabled={value >= max}
        >
          +
        </button>
      </div>
      {error && (
        <p id={`${id}-error`} className="field__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
