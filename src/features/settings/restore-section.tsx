// "Khôi phục từ tệp sao lưu": on a new phone of the same commune, opens a backup file with its passphrase
// and makes its unsent changes and photos this phone's own, to be sent from here. A file of another
// commune, a wrong passphrase or a file already restored is said plainly; nothing is half-applied.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { openBackup } from '@/lib/backup-crypto';
import { backupContentSchema } from '@/protocol/backup-messages';
import { useSession } from '@/storage/use-session';
import { PasswordInput } from '@/ui/password-input';
import { restoreBackup } from './backup-restore';

type Done = { changes: number; photos: number };

export function RestoreSection() {
  const { t } = useTranslation('settings');
  const db = useSession((s) => s.db);
  const mode = useSession((s) => s.mode);
  const enrolment = useSession((s) => s.enrolment);
  const [file, setFile] = useState<File | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<Done | null>(null);

  if (mode === 'demo' || !enrolment?.communeId) return null;
  const enrolled = enrolment;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setDone(null);
    if (!file || !passphrase) return setError(t('restore.missing'));
    setError(null);
    setBusy(true);
    try {
      const opened = await openBackup(await file.text(), passphrase);
      if (!opened.ok) return setError(t(`restore.${opened.reason}`));
      const content = backupContentSchema.safeParse(opened.content);
      if (!content.success) return setError(t('restore.malformed'));
      const outcome = await restoreBackup(db, enrolled, content.data, Date.now());
      if (!outcome.ok) return setError(t(`restore.${outcome.reason}`));
      setDone(outcome);
      setPassphrase('');
    } catch {
      setError(t('restore.failed'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card" aria-labelledby="settings-restore">
      <h2 id="settings-restore">{t('restore.title')}</h2>
      <p>{t('restore.explain')}</p>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <label className="field">
          <span className="field__label">{t('restore.file')}</span>
          <input
            type="file"
            accept=".json,application/json"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
        </label>
        <label className="field">
          <span className="field__label">{t('restore.passphrase')}</span>
          <PasswordInput
            autoComplete="off"
            value={passphrase}
            onChange={setPassphrase}
            aria-invalid={error !== null}
          />
        </label>
        {error && (
          <p className="field__error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="button" disabled={busy}>
          {busy ? t('restore.working') : t('restore.submit')}
        </button>
      </form>
      {done && <p role="status">{t('restore.done', done)}</p>}
    </section>
  );
}
