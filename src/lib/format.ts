// Vietnamese-first formatting: dates dd/mm/yyyy, numbers 1.234,5, percentages, relative sync times.
const locale = (lang: string) => (lang.startsWith('en') ? 'en-GB' : 'vi-VN');

/** ISO "2026-03-06" → "06/03/2026" (both languages: the province writes dates this way). */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-');
  return y && m && d ? `${d}/${m}/${y}` : iso;
}

// Building an Intl.NumberFormat costs far more than using one, and lists format thousands of numbers.
const numberFormats = new Map<string, Intl.NumberFormat>();

export function formatNumber(n: number, lang = 'vi'): string {
  const key = locale(lang);
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(key, { maximumFractionDigits: 1 });
    numberFormats.set(key, format);
  }
  return format.format(n);
}

const percentFormats = new Map<string, Intl.NumberFormat>();

export function formatPercent(ratio: number, lang = 'vi'): string {
  const key = locale(lang);
  let format = percentFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(key, { style: 'percent', maximumFractionDigits: 1 });
    percentFormats.set(key, format);
  }
  return format.format(ratio);
}

export function formatDateTime(epochMs: number, lang = 'vi'): string {
  const d = new Date(epochMs);
  const pad = (n: number) => String(n).padStart(2, '0');
  const time = `${pad(d.getHours())}:${pad(d.getMinutes())}`;
  void lang;
  return `${time} ${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()}`;
}

export function formatBytes(bytes: number, lang = 'vi'): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${formatNumber(value, lang)} ${units[unit]}`;
}
