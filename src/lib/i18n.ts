// i18next configured with every namespace bundled (the app must open offline, so no lazy backend).
// Vietnamese is the source language and default; English second. Each feature owns one namespace file
// locales/<lang>/<namespace>.json; `common` holds navigation and the errors.* keys the schemas use.
import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';

export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
const LANGUAGE_KEY = 'ban-so:language';

const files = import.meta.glob<{ default: Record<string, unknown> }>('/locales/*/*.json', { eager: true });

export function localeResources(): Record<string, Record<string, Record<string, unknown>>> {
  const resources: Record<string, Record<string, Record<string, unknown>>> = {};
  for (const [path, mod] of Object.entries(files)) {
    const [, , lang, file] = path.split('/');
    if (!lang || !file) continue;
    (resources[lang] ??= {})[file.replace(/\.json$/, '')] = mod.default;
  }
  return resources;
}

export function savedLanguage(): Language {
  return globalThis.localStorage?.getItem(LANGUAGE_KEY) === 'en' ? 'en' : 'vi';
}

export async function setLanguage(instance: i18n, lang: Language): Promise<void> {
  globalThis.localStorage?.setItem(LANGUAGE_KEY, lang);
  document.documentElement.lang = lang;
  await instance.changeLanguage(lang);
}

export async function createI18n(lang: Language = savedLanguage()): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    resources: localeResources(),
    lng: lang,
    fallbackLng: 'vi',
    defaultNS: 'common',
    ns: Object.keys(localeResources().vi ?? {}),
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}
