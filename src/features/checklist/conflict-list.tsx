// The audit trail of one criterion (issue 3 item 5): values a later edit overwrote during sync, with
// who wrote them and when, so the commune official can see what was lost and restore it by hand.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '@/lib/format';
import type { AuditEntry } from './checklist-queries';
import { formatHlcTime } from './hlc-time';

const KNOWN_FIELDS = [
  'status',
  'numerator',
  'denominator',
  'note',
  'criteriaVersion',
  'assessedBy',
  'assessedOn',
  'deleted',
];

export function ConflictList({ entries }: { entries: readonly AuditEntry[] }) {
  const { t, i18n } = useTranslation('checklist');
  const [open, setOpen] = useState(false);
  if (entries.length === 0) return null;

  const value = (field: string, v: unknown): string => {
    if (v === null || v === undefined || v === '') return t('audit.empty');
    if (field === 'status' && typeof v === 'string') return t(`status.${v}`, { defaultValue: v });
    if (typeof v === 'number') return formatNumber(v, i18n.language);
    return typeof v === 'string' ? v : JSON.stringify(v);
  };
  const fieldName = (field: string) => (KNOWN_FIELDS.includes(field) ? t(`audit.fields.${field}`) : field);

  return (
    <div className="audit">
      <button
        type="button"
        className="button audit__toggle"
        aria-expanded={open}
        onClick={() => setOpen((o) => !o)}
      >
        {t('audit.toggle', { count: entries.length })}
      </button>
      {open && (
        <ul className="list audit__list" aria-label={t('audit.title')}>
          {entries.map((e) => (
            <li key={e.id ?? `${e.field}-${e.lostClock}`} className="audit__entry">
              <strong>
                {t('audit.entry', { field: fieldName(e.field), value: value(e.field, e.lostValue) })}
              </strong>
              <span>
                {t('audit.by', {
                  author: e.lostAuthorName ?? t('audit.unknownAuthor'),
                  time: formatHlcTime(e.lostClock),
                })}
              </span>
              <span className="audit__kept">{t('audit.kept', { value: value(e.field, e.wonValue) })}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
