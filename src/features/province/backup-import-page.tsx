// Imports a phone's backup file: opened HERE, in the officer's browser, with the passphrase read out by
// the commune (it never leaves this page), checked against the backup shape, then sent to the server,
// which applies it as that phone's own sync — so a second import, or the phone syncing later, adds nothing.
// The file's photos follow, one request each, checked and stored like that phone's own upload.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { openBackup } from '@/lib/backup-crypto';
import {
  backupContentSchema,
  type BackupContent,
  type BackupImportResponse,
} from '@/protocol/backup-messages';
import { Field } from '@/ui/field';
import { PasswordInput } from '@/ui/password-input';
import { adminErrorMessage } from './admin-error';
import { useAdminClient } from './use-admin';

type PhotoTally = {
  done: number;
  total: number;
  stored: number;
  duplicate: number;
  refused: number;
};

export function BackupImportPage() {
  const { t } = useTranslation(['province', 'common']);
  const client = useAdminClient();
  const [file, setFile] = useState<File | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState('');
  const [done, setDone] = useState<BackupImportResponse | null>(null);
  const [photos, setPhotos] = useState<PhotoTally | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError('');
    setDone(null);
    setPhotos(null);
    if (!file || !passphrase) return setError(t('backup.missing'));
    setBusy(true);
    try {
      const opened = await openBackup(await file.text(), passphrase);
      if (!opened.ok) return setError(t(`backup.${opened.reason}`));
      const content = backupContentSchema.safeParse(opened.content);
      if (!content.success) return setError(t('backup.malformed'));
      const { photos: filePhotos = [], ...records } = content.data;
      setDone(await client.importBackup(records));
      setPassphrase('');
      if (filePhotos.length > 0) await importPhotos(records.deviceId, filePhotos);
    } catch (err) {
      setError(adminErrorMessage(err, t));
    } finally {
      setBusy(false);
    }
  }

  /** After the records (a photo is accepted only once a record names it). A refused photo is counted and
   * the rest go on; a lost connection stops the run, and importing the file again resumes it. */
  async function importPhotos(deviceId: string, list: NonNullable<BackupContent['photos']>) {
    const tally: PhotoTally = { done: 0, total: list.length, stored: 0, duplicate: 0, refused: 0 };
    setPhotos({ ...tally });
    for (const p of list) {
      try {
        const answer = await client.importBackupPhoto({ deviceId, hash: p.hash, type: p.type, data: p.data });
        tally[answer.status] += 1;
      } catch (err) {
        const status = (err as { status?: number }).status;
        if (!status || status >= 500 || status === 401) throw err;
        tally.refused += 1;
      }
      tally.done += 1;
      setPhotos({ ...tally });
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
          <PasswordInput autoComplete="off" value={passphrase} onChange={setPassphrase} />
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
      {photos && (
        <p role="status">
          {photos.done < photos.total ? t('backup.photos', photos) : t('backup.photosDone', photos)}
        </p>
      )}
    </section>
  );
}
