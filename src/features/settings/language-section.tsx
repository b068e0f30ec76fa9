// Language: Tiếng Việt (default) or English. Switches live and is remembered on the phone.
import { useTranslation } from 'react-i18next';
import { LANGUAGES, setLanguage, type Language } from '@/lib/i18n';

const NAMES: Record<Language, string> = { vi: 'Tiếng Việt', en: 'English' };

export function LanguageSection() {
  const { t, i18n } = useTranslation('settings');
  const current = i18n.language.startsWith('en') ? 'en' : 'vi';
  return (
    <section className="card" aria-labelledby="settings-language">
      <h2 id="settings-language">{t('language.title')}</h2>
      <div className="settings-choice" role="group" aria-labelledby="settings-language">
        {LANGUAGES.map((lang) => (
          <button
            key={lang}
            type="button"
            className="button"
            lang={lang}
            aria-pressed={current === lang}
            onClick={() => void setLanguage(i18n, lang)}
          >
            {NAMES[lang]}
          </button>
        ))}
      </div>
    </section>
  );
}
