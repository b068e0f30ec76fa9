// One session in the list: date (dd/mm/yyyy), village, topics and attendees; tapping opens the edit form.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { localName } from '@/domain/catalog';
import { formatDate, formatNumber } from '@/lib/format';
import type { UnsentState } from '@/storage/unsent';
import { usePhotoThumbs } from '@/storage/use-photo-field';
import { PhotoThumbs } from '@/ui/photo-thumbs';
import { UnsentMark } from '@/ui/unsent-mark';
import type { TrainingNavState } from './training-nav';
import type { TrainingSessionRecord } from './training-queries';
import type { TrainingCatalogs } from './use-training-context';

export function TrainingListItem({
  session,
  catalogs,
  listSearch,
  unsent,
}: {
  session: TrainingSessionRecord;
  catalogs: TrainingCatalogs;
  listSearch: string;
  unsent?: UnsentState | undefined;
}) {
  const { t, i18n } = useTranslation('training');
  const thumbs = usePhotoThumbs(session.photos ?? []);
  const village = catalogs.villages.find((v) => v.id === session.villageId)?.name ?? session.villageId;
  const topics = session.topics.map((code) => {
    const entry = catalogs.topics.topics.find((tp) => tp.code === code);
    return entry ? localName(entry.name, i18n.language) : code;
  });
  return (
    <li>
      <Link
        to={`/training/${session.id}`}
        state={{ listSearch } satisfies TrainingNavState}
        className="card training-item"
      >
        <span className="training-item__head">
          <strong>{formatDate(session.date)}</strong>
          <span>{village}</span>
          <UnsentMark state={unsent} />
        </span>
        <span className="training-item__topics">{topics.join(' · ')}</span>
        <span className="training-item__meta">
          {t('list.attendees', { formatted: formatNumber(session.attendees.total, i18n.language) })}
          {session.place && ` — ${session.place}`}
        </span>
        <PhotoThumbs thumbs={thumbs} />
      </Link>
    </li>
  );
}
