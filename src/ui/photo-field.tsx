// Photos of a record in a form: thumbnails with a remove button each, and two ways to add one — the
// camera (capture) or the gallery (several at once). Presentational: the caller stores and names them.
import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';

export interface PhotoFieldProps {
  thumbs: { hash: string; url: string | null }[];
  max: number;
  busy: boolean;
  /** An already chosen i18n key of `common` (errors.*), or null. */
  error: string | null;
  onPick: (files: File[]) => void;
  onRemove: (hash: string) => void;
}

export function PhotoField({ thumbs, max, busy, error, onPick, onRemove }: PhotoFieldProps) {
  const { t } = useTranslation('common');
  const id = useId();
  const camera = useRef<HTMLInputElement>(null);
  const gallery = useRef<HTMLInputElement>(null);
  const full = thumbs.length >= max;
  const picked = (input: HTMLInputElement | null) => {
    const files = Array.from(input?.files ?? []);
    if (input) input.value = '';
    if (files.length > 0) onPick(files);
  };
  return (
    <fieldset className="photo-field" aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{t('photos.legend', { count: thumbs.length, max })}</legend>
      {thumbs.length > 0 && (
        <ul className="photo-field__thumbs">
          {thumbs.map((p, i) => (
            <li key={p.hash}>
              {p.url ? (
                <img src={p.url} alt={t('photos.thumbAlt', { n: i + 1 })} width={72} height={72} />
              ) : (
                <span className="photo-field__missing">{t('photos.missing')}</span>
              )}
              <button
                type="button"
                className="button photo-field__remove"
                aria-label={t('photos.remove', { n: i + 1 })}
                onClick={() => onRemove(p.hash)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="actions">
        <button
          type="button"
          className="button"
          disabled={full || busy}
          onClick={() => camera.current?.click()}
        >
          {t('photos.camera')}
        </button>
        <button
          type="button"
          className="button"
          disabled={full || busy}
          onClick={() => gallery.current?.click()}
        >
          {t('photos.gallery')}
        </button>
      </div>
      <input
        ref={camera}
        type="file"
        accept="image/*"
        capture="environment"
        hidden
        aria-label={t('photos.camera')}
        onChange={(e) => picked(e.currentTarget)}
      />
      <input
        ref={gallery}
        type="file"
        accept="image/*"
        multiple
        hidden
        aria-label={t('photos.gallery')}
        data-testid="photo-gallery-input"
        onChange={(e) => picked(e.currentTarget)}
      />
      {busy && <p className="field__hint">{t('photos.working')}</p>}
      <p className="field__hint">{t('photos.hint')}</p>
      {error && (
        <p id={`${id}-error`} className="field__error">
          {t(error)}
        </p>
      )}
    </fieldset>
  );
}
