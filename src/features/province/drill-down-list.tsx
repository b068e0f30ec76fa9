// The records behind one overview figure, fetched only when opened, a page at a time ("Xem thêm"):
// date, village and the table's key fields, newest change first — always with names and catalog labels
// (kind of help, criterion), never codes.
import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminRecordItem, DrillDownTable } from '@/protocol/admin-messages';
import { formatDate, formatNumber } from '@/lib/format';
import { adminErrorMessage } from './admin-error';
import { useCatalogLabels } from './catalog-labels';
import { EvidencePhotos } from './evidence-photos';
import { useAdminClient } from './use-admin';

const PAGE = 50;

export interface Drill {
  communeId: string;
  communeName: string;
  table: DrillDownTable;
  /** One village of the commune only (village page). */
  villageId?: string;
  villageName?: string;
  /** The period's days, inclusive (records dated outside are left out). */
  from?: string;
  to?: string;
}

interface Pages {
  records: AdminRecordItem[];
  next: string | null;
  loading: boolean;
  error: unknown;
  /** The cursor of the page last asked for (retried after a failure). */
  asked: string | null;
}

export function DrillDownList({ drill, onClose }: { drill: Drill; onClose?: () => void }) {
  const { t, i18n } = useTranslation(['province', 'common']);
  const client = useAdminClient();
  const labels = useCatalogLabels();
  const titleId = useId();
  const [pages, setPages] = useState<Pages>({
    records: [],
    next: null,
    loading: true,
    error: null,
    asked: null,
  });
  /** One page, as an update of the pages shown so far (the caller applies it). */
  const request = useCallback(
    (after: string | null) => {
      const query = {
        communeId: drill.communeId,
        villageId: drill.villageId,
        from: drill.from,
        to: drill.to,
        table: drill.table,
        limit: PAGE,
        after: after ?? undefined,
      };
      return client.records(query).then(
        (page) =>
          (p: Pages): Pages => ({
            records: after ? [...p.records, ...page.records] : page.records,
            next: page.next,
            loading: false,
            error: null,
            asked: after,
          }),
        (error: unknown) =>
          (p: Pages): Pages => ({ ...p, loading: false, error }),
      );
    },
    [client, drill],
  );
  useEffect(() => {
    let live = true;
    void request(null).then((update) => live && setPages(update));
    return () => {
      live = false;
    };
  }, [request]);
  const fetchPage = (after: string | null) => {
    setPages((p) => ({ ...p, loading: true, error: null, asked: after }));
    void request(after).then(setPages);
  };
  const num = (v: unknown) => (typeof v === 'number' ? formatNumber(v, i18n.language) : '');
  const details = (r: AdminRecordItem): string => {
    const f = r.fields;
    switch (drill.table) {
      case 'trainingSessions':
        return t('drill.details.trainingSessions', {
          place: f.place ?? '',
          attendees: num(f.attendees),
          women: num(f.women),
        });
      case 'helpActivities':
        return t(
          typeof f.householdsHelped === 'number'
            ? 'drill.details.helpActivitiesHouseholds'
            : 'drill.details.helpActivities',
          { kind: labels.helpKind(f.kind), people: num(f.peopleHelped), households: num(f.householdsHelped) },
        );
      case 'banSoHelpers':
        return String(f.name ?? '');
      case 'checklistProgress':
        return t('drill.details.checklistProgress', {
          criterion: labels.criterion(f.criterionCode),
          status: t(`drill.status.${String(f.status)}`, { defaultValue: String(f.status ?? '') }),
        });
    }
  };
  const title = t('drill.title', {
    what: t(`drill.table.${drill.table}`),
    commune: drill.villageName ?? drill.communeName,
  });
  return (
    <section className="province-drill" aria-labelledby={titleId}>
      <div className="province-toolbar">
        <h3 id={titleId}>{title}</h3>
        {onClose && (
          <button type="button" className="button" onClick={onClose}>
            {t('drill.close')}
          </button>
        )}
      </div>
      {pages.records.length > 0 && !labels.loading && (
        <div className="province-table">
          <table>
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{t('drill.col.date')}</th>
                <th scope="col">{t('drill.col.village')}</th>
                <th scope="col">{t('drill.col.details')}</th>
              </tr>
            </thead>
            <tbody>
              {pages.records.map((r) => (
                <tr key={r.id}>
                  <td data-label={t('drill.col.date')}>{r.date ? formatDate(r.date) : '—'}</td>
                  <td data-label={t('drill.col.village')}>
                    {r.villageName ?? (r.villageId ? t('labels.unknownCode', { code: r.villageId }) : '—')}
                  </td>
                  <td data-label={t('drill.col.details')}>
                    {details(r)}
                    {r.photos && r.photos.length > 0 && <EvidencePhotos hashes={r.photos} />}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {!pages.loading && !pages.error && pages.records.length === 0 && (
        <p className="province-empty">{t('drill.empty')}</p>
      )}
      {pages.error !== null && (
        <div className="field__error" role="alert">
          <p>{adminErrorMessage(pages.error, t)}</p>
        </div>
      )}
      {(pages.loading || labels.loading) && <p className="loading">{t('common:loading')}</p>}
      {!pages.loading && pages.error !== null && (
        <button type="button" className="button" onClick={() => fetchPage(pages.asked)}>
          {t('retry')}
        </button>
      )}
      {!pages.loading && pages.error === null && pages.next !== null && (
        <button type="button" className="button" onClick={() => fetchPage(pages.next)}>
          {t('drill.more')}
        </button>
      )}
    </section>
  );
}
