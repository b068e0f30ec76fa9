// The yearly report in one click, for the province or one commune: the XLSX workbook of a year, the
// printable A4 page, and the open-data export (CSV with BOM, or JSON) of each table's raw records of the
// period, with its data dictionary. Files come with the session's token, so they are fetched, not linked.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { REPORTS_API, dataDictionarySchema } from '@/protocol/admin-messages';
import { localName } from '@/domain/catalog';
import type { Period } from '@/domain/periods';
import { adminErrorMessage } from './admin-error';
import { saveBlob } from './download-file';
import { vietnamYear } from './period-choice';
import { useAdminClient, useAdminData } from './use-admin';

const EXPORT_FORMATS = ['csv', 'json'] as const;

interface Props {
  period: Period;
  communeId?: string;
}

export function ReportDownloads({ period, communeId }: Props) {
  const { t, i18n } = useTranslation('province');
  const client = useAdminClient();
  const [params] = useSearchParams();
  const dictionary = useAdminData(
    (c) => c.get(REPORTS_API.dataDictionary, dataDictionarySchema),
    'dictionary',
  );
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState('');
  const year =
    period.kind === 'year'
      ? Number(period.from.slice(0, 4))
      : Math.min(Number(period.to.slice(0, 4)), vietnamYear());
  const scope = (extra: Record<string, string>) => {
    const q = new URLSearchParams(extra);
    if (communeId) q.set('communeId', communeId);
    return q.toString();
  };
  const fetchFile = async (label: string, path: string, fallback: string) => {
    setBusy(label);
    setError('');
    try {
      const { blob, name } = await client.file(path, fallback);
      saveBlob(blob, name);
    } catch (err) {
      setError(adminErrorMessage(err, t));
    } finally {
      setBusy(null);
    }
  };
  const reportQuery = new URLSearchParams(params);
  if (communeId) reportQuery.set('communeId', communeId);
  const range = { from: period.from, to: period.to };
  return (
    <section aria-labelledby="downloads-title" className="downloads">
      <h2 id="downloads-title">{t('downloads.title')}</h2>
      <div className="downloads__row">
        <button
          type="button"
          className="button button--primary"
          disabled={busy !== null}
          onClick={() =>
            void fetchFile(
              'xlsx',
              `${REPORTS_API.yearReport(year)}${communeId ? `?${scope({})}` : ''}`,
              `bao-cao-${year}.xlsx`,
            )
          }
        >
          {t('downloads.xlsx', { year })}
        </button>
        <Link className="button" to={{ pathname: '/province/report', search: reportQuery.toString() }}>
          {t('downloads.print')}
        </Link>
      </div>
      <h3>{t('downloads.openData')}</h3>
      <p className="field__hint">{t('downloads.openDataHint')}</p>
      {dictionary.data && (
        <ul className="downloads__tables">
          {dictionary.data.tables.map((table) => {
            const name = localName(table.name, i18n.language);
            return (
              <li key={table.table}>
                <span>{name}</span>
                {EXPORT_FORMATS.map((format) => (
                  <button
                    key={format}
                    type="button"
                    className="button"
                    disabled={busy !== null}
                    aria-label={t(`downloads.${format}Of`, { table: name })}
                    onClick={() =>
                      void fetchFile(
                        `${table.table}.${format}`,
                        `${REPORTS_API.exportTable(table.table, format)}?${scope(range)}`,
                        `${table.table}-${period.from}-${period.to}.${format}`,
                      )
                    }
                  >
                    {t(`downloads.${format}`)}
                  </button>
                ))}
              </li>
            );
          })}
          <li>
            <span>{t('downloads.dictionary')}</span>
            <button
              type="button"
              className="button"
              disabled={busy !== null}
              onClick={() => void fetchFile('dictionary', REPORTS_API.dataDictionary, 'tu-dien-du-lieu.json')}
            >
              {t('downloads.json')}
            </button>
          </li>
        </ul>
      )}
      {busy && (
        <p className="loading" role="status">
          {t('downloads.busy')}
        </p>
      )}
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
