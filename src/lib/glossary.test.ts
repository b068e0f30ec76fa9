// The strings follow docs/glossary.md: one word for one thing. Words the glossary retired must not come
// back, and every mention of who issues an enrolment code names the same person.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const LOCALES = resolve(import.meta.dirname, '..', '..', 'locales');
const strings = (lang: string) =>
  readdirSync(join(LOCALES, lang)).map((f) => [f, readFileSync(join(LOCALES, lang, f), 'utf8')] as const);

describe('strings follow the glossary', () => {
  it.each(strings('vi'))('vi/%s uses "mã đăng ký", one issuer and "Xác nhận …" confirmations', (_f, text) => {
    expect(text).not.toMatch(/ghi danh/i);
    expect(text).not.toMatch(/do xã cấp|xã hoặc tỉnh cấp/);
    expect(text).not.toMatch(/"Đồng ý"/);
    for (const m of text.matchAll(/mã đăng ký (mới )?(do|từ) ([^."]+)/g))
      expect(m[3]).toMatch(/^cán bộ quản trị \(xã hoặc tỉnh\)/);
  });

  it.each(strings('en'))('en/%s names one issuer of codes', (_f, text) => {
    expect(text).not.toMatch(/code from the commune|commune or province for a new/i);
  });
});
