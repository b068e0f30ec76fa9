// A period in words, as every province screen and the printed report title says it:
// "năm 2026", "giai đoạn 1 (01/05/2026 – 31/12/2027)", "từ 01/03/2026 đến 30/06/2026".
import type { TFunction } from 'i18next';
import type { Period } from '@/domain/periods';
import { formatDate } from '@/lib/format';

export function periodLabel(period: Period, t: TFunction): string {
  const range = { from: formatDate(period.from), to: formatDate(period.to) };
  switch (period.kind) {
    case 'year':
      return t('period.inYear', { year: period.from.slice(0, 4) });
    case 'phase1':
      return t('period.inPhase1', range);
    case 'phase2':
      return t('period.inPhase2', range);
    case 'plan':
      return t('period.inPlan', range);
    case 'range':
      return t('period.inRange', range);
  }
}
