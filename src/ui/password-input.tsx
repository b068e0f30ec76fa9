// A password input that hands its text to onChange; every other input attribute (the id and aria-* a
// Field gives it, autoComplete) passes through. One place for the sign-in, password and backup forms.
import type { InputHTMLAttributes } from 'react';

export interface PasswordInputProps extends Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'type' | 'value' | 'onChange' | 'autoComplete'
> {
  value: string;
  onChange: (value: string) => void;
  /** What the browser's password manager should offer: the saved password, a new one, or nothing. */
  autoComplete: 'current-password' | 'new-password' | 'off';
}

export function PasswordInput({ onChange, ...rest }: PasswordInputProps) {
  return <input {...rest} type="password" onChange={(e) => onChange(e.target.value)} />;
}
