// "Sao lưu": when the phone cannot sync, writes one encrypted file with every unsent change (and, ticked
// by default when they fit, the unsent photos), to hand to the province — which imports it as this phone's
// own sync — or to restore onto a new phone. The passphrase is typed twice and never stored.
import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatBytes } from '@/lib/format';
import { MAX_BACKUP_PHOTO_BYTES } from '@/protocol/backup-messages';
import { useSession } from '@/storage/use-session';
import { PasswordInput } from '@/ui/password-input';
import { backupBlob, backupContent, backupFileName, handOver, photosFit, waitingPhotos } from './backup-file';

/** Long enough that guessing it from the file alone is out of reach, short enough to read out on the phone. */
export const MIN_PASSPHRASE = 10;

type Outcome = 'shared' | 'downloaded' | null;

export function BackupSection() {
  const { t, i18n } = useTranslation('settings');
  const db = useSession((s) => s.db);
  const mode = useSession((s) => s.mode);
  const enrolment = useSession((s) => s.enrolment);
  const unsent = useLiveQuery(() => db.outbox.count(), [db]);
  const photos = useLiveQuery(() => waitingPhotos(db), [db]);
  // null until the user touches the box: "on when it fits" follows the photos until then.
  const [photosChosen, setPhotosChosen] = useState<boolean | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);

  if (mode === 'demo' || !enrolment?.communeId) return null;
  const enrolled = enrolment;
  const fits = photosFit(photos?.bytes ?? 0);
  const withPhotos = fits && (photosChosen ?? true) && (photos?.count ?? 0) > 0;
  const size = (bytes: number) => formatBytes(bytes, i18n.language);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setOutcome(null);
    if (passphrase.length < MIN_PASSPHRASE) return setError(t('backup.tooShort', { min: MIN_PASSPHRASE }));
    if (passphrase !== repeat) return setError(t('backup.mismatch'));
    setError(null);
    setBusy(true);
    try {
      const now = Date.now();
      const blob = await backupBlob(await backupContent(db, enrolled, now, { withPhotos }), passphrase);
      setOutcome(await handOver(blob, backupFileName(now)));
      setPassphrase('');
      setRepeat('');
    } catch (e) {
      if (!(e instanceof DOMException && e.name === 'AbortError')) setError(t('backup.failed'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card" aria-labelledby="settings-backup">
      <h2 id="settings-backup">{t('backup.title')}</h2>
      <p>{t('backup.explain')}</p>
      <p>{t('backup.unsent', { count: unsent ?? 0 })}</p>
      <form onSubmit={(e) => void submit(e)} noValidate>
        {photos && photos.count > 0 && (
          <div className="field">
            <label className="settings-check">
              <input
                type="checkbox"
                checked={withPhotos}
                disabled={!fits}
                onChange={(e) => setPhotosChosen(e.target.checked)}
                aria-describedby="backup-photos-hint"
              />
              <span>{t('backup.withPhotos', { count: photos.count, size: size(photos.bytes) })}</span>
            </label>
            <p id="backup-photos-hint" className="field__hint">
              {fits
                ? t('backup.photosHint')
                : t('backup.photosTooLarge', { limit: size(MAX_BACKUP_PHOTO_BYTES) })}
            </p>
          </div>
        )}
        <label className="field">
          <span className="field__label">{t('backup.passphrase')}</span>
          <PasswordInput
            autoComplete="new-password"
            value={passphrase}
            onChange={setPassphrase}
            aria-invalid={error !== null}
            aria-describedby="backup-hint"
          />
        </label>
        <label className="field">
          <span className="field__label">{t('backup.repeat')}</span>
          <PasswordInput
            autoComplete="new-password"
            value={repeat}
            onChange={setRepeat}
            aria-invalid={error !== null}
          />
        </label>
        <p id="backup-hint" className="field__hint">
          {t('backup.hint')}
        </p>
        {error && (
          <p className="field__error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="button button--primary" disabled={busy || (!unsent && !withPhotos)}>
          {busy ? t('backup.working') : t('backup.make')}
        </button>
      </form>
      {outcome && <p role="status">{outcome === 'shared' ? t('backup.shared') : t('backup.downloaded')}</p>}
    </section>
  );
}
