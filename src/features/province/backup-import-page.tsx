// Imports a phone's backup file: opened HERE, in the officer's browser, with the passphrase read out by
// the commune (it never leaves this page), checked against the backup shape, then sent to the server,
// which applies it as that phone's own sync — so a second import, or the phone syncing later, adds nothing.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { openBackup } from '@/lib/backup-crypto';
import { backupContentSchema, type BackupImportResponse } from '@/protocol/backup-messages';
import { Field } from '@/ui/field';
import { adminErrorMessage } from './admin-error';
import { useAdminClient } from './use-admin';

export function BackupImportPage() {
  const { t } = useTranslation(['province', 'common']);
  const client = useAdminClient();
  const [file, setFile] = useState<File | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState('');
  const [done, setDone] = useState<BackupImportResponse | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError('');
    setDone(null);
    if (!file || !passphrase) return setError(t('backup.missing'));
    setBusy(true);
    try {
      const opened = await openBackup(await file.text(), passphrase);
      if (!opened.ok) return setError(t(`backup.${opened.reason}`));
      const content = backupContentSchema.safeParse(opened.content);
      if (!content.success) return setError(t('backup.malformed'));
      setDone(await client.importBackup(content.data));
      setPassphrase('');
    } catch (err) {
      setError(adminErrorMessage(err, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="province-backup">
      <h2 id="province-backup">{t('backup.title')}</h2>
      <p>{t('backup.explain')}</p>
      <form className="card" onSubmit={(e) => void submit(e)} noValidate>
        <Field label={t('backup.file')}>
          <input
            type="file"
            accept=".json,application/json"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
        </Field>
        <Field label={t('backup.passphrase')} hint={t('backup.passphraseHint')}>
          <input
            type="password"
            autoComplete="off"
            value={passphrase}
            onChange={(e) => setPassphrase(e.target.value)}
          />
        </Field>
        {error && (
          <p className="field__error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? t('backup.working') : t('backup.import')}
        </button>
      </form>
      {done && <p role="status">{t('backup.done', done)}</p>}
    </section>
  );
}
