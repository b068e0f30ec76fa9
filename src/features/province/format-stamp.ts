// Moments on the province screens, in the province's way: dd/mm/yyyy hh:mm (local time).
import { isoDate } from '@/domain/dates';
import { formatDate } from '@/lib/format';

export function formatStamp(epochMs: number): string {
  const d = new Date(epochMs);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${formatDate(isoDate(d))} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export const DAY_MS = 24 * 60 * 60 * 1000;
