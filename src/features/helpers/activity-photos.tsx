// The photo evidence of one help activity in the list (thumbnails; nothing when it has none).
import { photosOf } from '@/domain/photo';
import { usePhotoThumbs } from '@/storage/use-photo-field';
import { PhotoThumbs } from '@/ui/photo-thumbs';

export function ActivityPhotos({ record }: { record: unknown }) {
  return <PhotoThumbs thumbs={usePhotoThumbs(photosOf(record))} />;
}
