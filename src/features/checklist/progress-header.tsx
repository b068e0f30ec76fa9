// The village's progress at the top of its checklist: met / total with a progress bar, and in progress.
import { useTranslation } from 'react-i18next';
import type { VillageProgress } from '@/domain/ratio';

export function ProgressHeader({ progress }: { progress: VillageProgress }) {
  const { t } = useTranslation('checklist');
  const percent = progress.total > 0 ? Math.round((progress.met / progress.total) * 100) : 0;
  const text = t('progress.met', { met: progress.met, total: progress.total });
  return (
    <div className="checklist-progress card">
      <p className="checklist-progress__met">{text}</p>
      <div
        className="progress"
        role="progressbar"
        aria-label={t('progress.label')}
        aria-valuemin={0}
        aria-valuemax={progress.total}
        aria-valuenow={progress.met}
        aria-valuetext={text}
      >
        <div className="progress__bar" style={{ width: `${percent}%` }} />
      </div>
      <p className="checklist-progress__in-progress">
        {t('progress.inProgress', { count: progress.inProgress })}
      </p>
    </div>
  );
}
