// When an overwritten value was written, from its hybrid logical clock stamp: dd/mm/yyyy hh:mm, local time.
import { decodeHlc, type Hlc } from '@/domain/hlc';

export function formatHlcTime(stamp: Hlc): string {
  const d = new Date(decodeHlc(stamp).millis);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
