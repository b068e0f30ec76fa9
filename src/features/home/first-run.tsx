// First run on a phone with no enrolment: try the app on sample data (demo mode, never sent), or enrol
// the device with the commune's code (the enrol screen needs a signal; everything else works offline).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function FirstRun() {
  const { t } = useTranslation(['home', 'common']);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);

  async function startDemo() {
    setBusy(true);
    setFailed(false);
    try {
      // Loaded on demand: the sample catalogs never weigh on the first load of a real phone.
      const { enterDemo } = await import('@/storage/demo-seed');
      await enterDemo();
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="home-first-run">
      <h1>{t('firstRun.title')}</h1>
      <p>{t('firstRun.intro')}</p>
      <div className="card">
        <button
          type="button"
          className="button button--primary button--big"
          onClick={() => void startDemo()}
          disabled={busy}
        >
          {busy ? t('firstRun.preparingDemo') : t('firstRun.tryDemo')}
        </button>
        <p className="field__hint">{t('firstRun.demoHint')}</p>
        {failed && (
          <p className="field__error" role="alert">
            {t('firstRun.demoFailed')}
          </p>
        )}
      </div>
      <div className="card">
        <Link to="/enrol" className="button button--big">
          {t('firstRun.enrol')}
        </Link>
        <p className="field__hint">{t('firstRun.enrolHint')}</p>
      </div>
    </section>
  );
}
