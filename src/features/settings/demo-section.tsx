// Demo mode on/off: switches between the real database and the separate demo one. Demo data is never
// sent anywhere, and the real data stays untouched on the phone while demo mode is on.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { switchMode } from '@/storage/session-store';
import { useSession } from '@/storage/use-session';
import { DemoReset } from './demo-reset';

export function DemoSection() {
  const { t } = useTranslation('settings');
  const mode = useSession((s) => s.mode);
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);

  async function toggle() {
    setBusy(true);
    try {
      if (mode === 'demo') await switchMode('real');
      else {
        // Loaded on demand so the sample catalogs never weigh on a real phone's first load.
        const { enterDemo } = await import('@/storage/demo-seed');
        await enterDemo();
      }
      await navigate('/');
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card" aria-labelledby="settings-demo">
      <h2 id="settings-demo">{t('demo.title')}</h2>
      <p>{mode === 'demo' ? t('demo.isOn') : t('demo.isOff')}</p>
      <p className="field__hint">{t('demo.neverSent')}</p>
      <button
        type="button"
        className={mode === 'demo' ? 'button button--primary' : 'button'}
        onClick={() => void toggle()}
        disabled={busy}
      >
        {mode === 'demo' ? t('demo.turnOff') : t('demo.turnOn')}
      </button>
      {mode === 'demo' && <DemoReset onDone={() => void navigate('/')} />}
    </section>
  );
}
