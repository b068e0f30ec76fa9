// What a new session takes from the last one, in view: a notice naming the pre-filled fields, and the last
// topics offered as one tap ("Chọn lại chủ đề buổi trước: …") rather than ticked behind the user's back.
import { useTranslation } from 'react-i18next';
import { localName, type TrainingTopics } from '@/domain/catalog';
import type { CarriedField } from './training-form-model';

export function CarriedOverNotice({ fields }: { fields: CarriedField[] }) {
  const { t } = useTranslation('training');
  if (fields.length === 0) return null;
  const names = fields.map((f) => t(`form.carried.${f}`)).join(', ');
  return <p className="card carried-notice">{t('form.carried.notice', { fields: names })}</p>;
}

export function ReuseTopicsButton({
  topics,
  catalog,
  onReuse,
}: {
  topics: string[];
  catalog: TrainingTopics;
  onReuse: (topics: string[]) => void;
}) {
  const { t, i18n } = useTranslation('training');
  if (topics.length === 0) return null;
  const names = topics
    .map((code) => catalog.topics.find((e) => e.code === code))
    .map((e) => (e ? localName(e.name, i18n.language) : ''))
    .filter(Boolean)
    .join(', ');
  return (
    <button type="button" className="button reuse-topics" onClick={() => onReuse([...topics])}>
      {t('form.carried.reuseTopics', { topics: names })}
    </button>
  );
}
