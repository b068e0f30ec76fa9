// Enrol this phone (issue 3, item 3): type the code or open the QR's link `/enrol?code=…`; the server is
// this app's own origin unless changed. On success the phone leaves demo mode, syncs at once, and the page
// shows one clear next step (choose who uses the phone and the village) while the commune's data loads.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useSession } from '@/storage/use-session';
import { syncNow } from '@/sync/app-sync';
import { enrolDevice, UnsentWorkError } from '@/sync/enrol';
import { SyncError } from '@/sync/sync-errors';
import { Field } from '@/ui/field';
import './sync-status.css';

type EnrolErrorKey = 'required' | 'badCode' | 'tooMany' | 'unreachable' | 'upgrade' | 'unsent' | 'other';

function errorKey(error: unknown): EnrolErrorKey {
  if (error instanceof UnsentWorkError) return 'unsent';
  if (!(error instanceof SyncError)) return 'other';
  if (error.failure === 'unreachable' || error.failure === 'server') return 'unreachable';
  if (error.failure === 'upgrade') return 'upgrade';
  if (error.status === 429) return 'tooMany';
  if (error.status !== null && error.status >= 400 && error.status < 500) return 'badCode';
  return 'other';
}

export function EnrolPage() {
  const { t } = useTranslation(['sync', 'common']);
  const [params] = useSearchParams();
  const [firstSync, setFirstSync] = useState<'loading' | 'loaded' | 'failed'>('loading');
  const mode = useSession((s) => s.mode);
  const [code, setCode] = useState(params.get('code') ?? '');
  const [deviceName, setDeviceName] = useState('');
  const [serverUrl, setServerUrl] = useState(() => globalThis.location?.origin ?? '');
  const [error, setError] = useState<EnrolErrorKey | null>(null);
  const [unsent, setUnsent] = useState({ changes: 0, photos: 0 });
  const [busy, setBusy] = useState(false);
  const [enrolledTo, setEnrolledTo] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!code.trim()) return setError('required');
    setBusy(true);
    setError(null);
    try {
      const enrolment = await enrolDevice({ serverUrl: serverUrl.trim(), code, deviceName });
      setEnrolledTo(enrolment.communeName);
      // The first sync (team, villages) may take minutes on 2G: it runs while the user reads the next step.
      void syncNow().then(
        (outcome) => setFirstSync(outcome?.ok ? 'loaded' : 'failed'),
        () => setFirstSync('failed'),
      );
    } catch (e) {
      if (e instanceof UnsentWorkError) setUnsent({ changes: e.changes, photos: e.photos });
      setError(errorKey(e));
    } finally {
      setBusy(false);
    }
  }

  if (enrolledTo)
    return (
      <section className="enrol-page">
        <h1>{t('enrol.title')}</h1>
        <p role="status">{t('enrol.success', { name: enrolledTo })}</p>
        <p>{t(`enrol.${firstSync}`)}</p>
        <Link to="/" className="button button--primary button--big">
          {t('enrol.next')}
        </Link>
        <p className="field__hint">{t('enrol.nextHint')}</p>
      </section>
    );

  return (
    <section className="enrol-page">
      <h1>{t('enrol.title')}</h1>
      <p>{t('enrol.intro')}</p>
      {mode === 'demo' && <p className="field__hint">{t('enrol.demoNote')}</p>}
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Field
          label={t('enrol.code')}
          hint={t('enrol.codeHint')}
          error={error ? t(`enrol.errors.${error}`, unsent) : undefined}
        >
          <input
            value={code}
            onChange={(e) => setCode(e.target.value)}
            autoCapitalize="characters"
            autoComplete="one-time-code"
            inputMode="text"
          />
        </Field>
        <Field label={t('enrol.deviceName')} hint={t('enrol.deviceNameHint')}>
          <input value={deviceName} onChange={(e) => setDeviceName(e.target.value)} maxLength={120} />
        </Field>
        <details>
          <summary>{t('enrol.advanced')}</summary>
          <Field label={t('enrol.serverUrl')}>
            <input type="url" value={serverUrl} onChange={(e) => setServerUrl(e.target.value)} />
          </Field>
        </details>
        <button type="submit" className="button button--primary button--big" disabled={busy}>
          {busy ? t('enrol.working') : t('enrol.submit')}
        </button>
      </form>
    </section>
  );
}
