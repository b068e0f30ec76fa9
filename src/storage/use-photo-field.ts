// What a form's photo field needs: the thumbnails of the photos it names (object URLs, revoked when they
// go), adding photos from the camera or gallery (compressed by the given function, then stored), and
// removing one. The record names the photos; saving the record is what makes an add or a removal sync.
import { useEffect, useState } from 'react';
import { MAX_PHOTOS_PER_RECORD } from '@/domain/photo';
import type { PhotoInput } from './photos';
import { savePhoto, thumbsOf } from './photos';
import { useSession } from './use-session';

export interface PhotoThumb {
  hash: string;
  url: string | null;
}

export function usePhotoThumbs(hashes: readonly string[]): PhotoThumb[] {
  const db = useSession((s) => s.db);
  const key = hashes.join(',');
  const [urls, setUrls] = useState<Map<string, string>>(new Map());
  useEffect(() => {
    if (!key) return; // no photos: no read (ten checklist cards must not each open a transaction)
    let cancelled = false;
    const made: string[] = [];
    void thumbsOf(db, key.split(',')).then((thumbs) => {
      if (cancelled) return;
      const next = new Map<string, string>();
      for (const [hash, blob] of thumbs) {
        const url = URL.createObjectURL(blob);
        made.push(url);
        next.set(hash, url);
      }
      setUrls(next);
    });
    return () => {
      cancelled = true;
      made.forEach((u) => URL.revokeObjectURL(u));
    };
  }, [db, key]);
  return hashes.map((hash) => ({ hash, url: urls.get(hash) ?? null }));
}

export interface PhotoFieldState {
  thumbs: PhotoThumb[];
  max: number;
  busy: boolean;
  /** An i18n key (common:errors.*) when the last pick failed. */
  error: string | null;
  onPick: (files: File[]) => void;
  onRemove: (hash: string) => void;
}

export function usePhotoField(opts: {
  value: readonly string[];
  onChange: (photos: string[]) => void;
  compress: (file: File) => Promise<PhotoInput>;
}): PhotoFieldState {
  const db = useSession((s) => s.db);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const thumbs = usePhotoThumbs(opts.value);
  const onPick = (files: File[]) => {
    const room = MAX_PHOTOS_PER_RECORD - opts.value.length;
    setError(files.length > room ? 'errors.tooManyPhotos' : null);
    setBusy(true);
    void (async () => {
      const added: string[] = [];
      for (const file of files.slice(0, Math.max(0, room))) {
        try {
          added.push(await savePhoto(db, await opts.compress(file)));
        } catch {
          setError('errors.photoUnreadable');
        }
      }
      setBusy(false);
      const next = [
        ...opts.value,
        ...added.filter((h, i) => !opts.value.includes(h) && added.indexOf(h) === i),
      ];
      if (next.length !== opts.value.length) opts.onChange(next);
    })();
  };
  const onRemove = (hash: string) => opts.onChange(opts.value.filter((h) => h !== hash));
  return { thumbs, max: MAX_PHOTOS_PER_RECORD, busy, error, onPick, onRemove };
}
