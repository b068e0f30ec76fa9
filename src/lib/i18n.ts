// i18next configured from the bundled locale files (every file is a precached chunk, so all of this
// works offline). Vietnamese is the source language and default; English second. Each feature owns one
// namespace file locales/<lang>/<namespace>.json; `common` holds navigation and the errors.* keys the
// schemas use. The app preloads only the namespaces of the first screen; a feature's namespace is
// fetched when its route first renders (useTranslation suspends meanwhile), which keeps the first load small.
import i18next, { type BackendModule, type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';

export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
const LANGUAGE_KEY = 'ban-so:language';

type LocaleFile = { default: Record<string, unknown> };
const files = import.meta.glob<LocaleFile>('/locales/*/*.json');

/** Every namespace that has a Vietnamese file. */
export function namespaces(): string[] {
  return Object.keys(files)
    .map((path) => path.split('/'))
    .filter(([, , lang]) => lang === 'vi')
    .map(([, , , file]) => (file ?? '').replace(/\.json$/, ''));
}

/** An i18next backend over the bundled files: a missing file is an empty namespace. */
const bundledFiles: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read: (lang, ns, callback) => {
    const load = files[`/locales/${lang}/${ns}.json`];
    if (!load) return callback(null, {});
    load().then(
      (file) => callback(null, file.default),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), null),
    );
  },
};

export function savedLanguage(): Language {
  return globalThis.localStorage?.getItem(LANGUAGE_KEY) === 'en' ? 'en' : 'vi';
}

export async function setLanguage(instance: i18n, lang: Language): Promise<void> {
  globalThis.localStorage?.setItem(LANGUAGE_KEY, lang);
  document.documentElement.lang = lang;
  await instance.changeLanguage(lang);
}

/** A ready i18n instance; `preload` lists the namespaces loaded before it resolves (default: all). */
export async function createI18n(
  lang: Language = savedLanguage(),
  preload: readonly string[] = namespaces(),
): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance
    .use(bundledFiles)
    .use(initReactI18next)
    .init({
      lng: lang,
      fallbackLng: 'vi',
      defaultNS: 'common',
      ns: [...preload],
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  return instance;
}
