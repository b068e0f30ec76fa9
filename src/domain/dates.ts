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
