// A record's photos in a list row: small thumbnails (already made object URLs), nothing when none.
import { useTranslation } from 'react-i18next';

export function PhotoThumbs({ thumbs }: { thumbs: { hash: string; url: string | null }[] }) {
  const { t } = useTranslation('common');
  const shown = thumbs.filter((p) => p.url !== null);
  if (shown.length === 0) return null;
  return (
    <span className="photo-thumbs-inline">
      {shown.map((p, i) => (
        <img key={p.hash} src={p.url!} alt={t('photos.thumbAlt', { n: i + 1 })} width={40} height={40} />
      ))}
    </span>
  );
}
