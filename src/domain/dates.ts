// Calendar dates as ISO strings (YYYY-MM-DD) in the user's local time zone: a session logged at 23:30
// in Lào Cai belongs to that day, not to UTC's.
export function isoDate(d: Date): string {
  const y = d.getFullYear();
  const m = String(d.getMonth() + 1).padStart(2, '0');
  const day = String(d.getDate()).padStart(2, '0');
  return `${y}-${m}-${day}`;
}

export function monthStart(isoDay: string): string {
  return `${isoDay.slice(0, 7)}-01`;
}

export function isFuture(isoDay: string, today: string): boolean {
  return isoDay > today;
}

/** A real calendar day written YYYY-MM-DD (2026-02-30 is not one). Free of zod, for the first screen. */
export function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const t = Date.parse(`${text}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().startsWith(text);
}
