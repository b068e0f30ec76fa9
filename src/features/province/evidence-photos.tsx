// A record's photo evidence in the drill-down: small thumbnails (the stored photo, scaled), each opening
// the full-size photo. Fetched with the administrator's token, shown through object URLs.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAdminClient } from './use-admin';

export function EvidencePhotos({ hashes }: { hashes: readonly string[] }) {
  const { t } = useTranslation('common');
  const client = useAdminClient();
  const [urls, setUrls] = useState<(string | null)[]>([]);
  const [open, setOpen] = useState<string | null>(null);
  const key = hashes.join(',');
  useEffect(() => {
    let live = true;
    const made: string[] = [];
    void Promise.all(key.split(',').map((h) => client.photo(h))).then((blobs) => {
      const next = blobs.map((b) => (b ? URL.createObjectURL(b) : null));
      made.push(...next.filter((u): u is string => u !== null));
      if (live) setUrls(next);
    });
    return () => {
      live = false;
      made.forEach((u) => URL.revokeObjectURL(u));
    };
  }, [client, key]);
  return (
    <span className="photo-thumbs-inline">
      {urls.map((url, i) =>
        url ? (
          <button key={url} type="button" className="button--plain" onClick={() => setOpen(url)}>
            <img src={url} alt={t('photos.thumbAlt', { n: i + 1 })} />
          </button>
        ) : (
          <span key={`missing-${i}`}>{t('photos.missing')}</span>
        ),
      )}
      {open && (
        <dialog open className="photo-full" aria-label={t('photos.thumbAlt', { n: urls.indexOf(open) + 1 })}>
          <img src={open} alt={t('photos.thumbAlt', { n: urls.indexOf(open) + 1 })} />
          <button type="button" className="button" onClick={() => setOpen(null)}>
            {t('photos.close')}
          </button>
        </dialog>
      )}
    </span>
  );
}
