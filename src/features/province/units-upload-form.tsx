// Loads administrative units (communes and villages) from a CSV file. The server checks every line and
// answers with line-numbered problems, shown as a list so the officer can fix the file and try again.
// The CSV template is blank: the header and one example line (codes "vi-du-…"), refused if left in.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ADMIN_UNITS_CSV_HEADER } from '@/protocol/admin-messages';
import { Field } from '@/ui/field';
import { AdminApiError, adminErrorMessage, type LineProblem } from './admin-error';
import { EXAMPLE_CODE_PREFIX } from './catalog-template';
import { csvProblemText } from './csv-problem-text';
import { downloadText } from './download-file';
import { PublicationFields, type Publication } from './publication-fields';
import { useAdminClient } from './use-admin';

export function UnitsUploadForm({ onImported }: { onImported: () => void }) {
  const { t } = useTranslation(['province', 'common']);
  const client = useAdminClient();
  const [file, setFile] = useState<File | null>(null);
  const [publication, setPublication] = useState<Publication>({ version: '', source: '', sample: false });
  const { version, sample, source } = publication;
  const [error, setError] = useState('');
  const [problems, setProblems] = useState<LineProblem[]>([]);
  const [done, setDone] = useState('');
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError('');
    setProblems([]);
    setDone('');
    if (!file || !version.trim()) {
      setError(t('units.missing'));
      return;
    }
    setBusy(true);
    try {
      const csv = (await file.text()).replace(/^\uFEFF/, '');
      if (csv.split(/\r?\n/).some((line) => line.trim().startsWith(EXAMPLE_CODE_PREFIX))) {
        setError(t('units.exampleLeft'));
        return;
      }
      const res = await client.importAdminUnits({
        csv,
        version: version.trim(),
        sample,
        source: source.trim(),
      });
      setDone(t('units.imported', { version: res.version, communes: res.communes, villages: res.villages }));
      onImported();
    } catch (err) {
      const lines = err instanceof AdminApiError ? err.lines : [];
      // Refused whole: say so, and that fixing the listed lines is all it takes.
      setError(lines.length > 0 ? t('units.refused') : adminErrorMessage(err, t));
      setProblems(lines);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="card" onSubmit={submit} noValidate>
      <h3>{t('units.upload')}</h3>
      <p className="field__hint">
        {t('units.header')} <code>{ADMIN_UNITS_CSV_HEADER.join(',')}</code>
      </p>
      <button
        type="button"
        className="button"
        onClick={() =>
          downloadText(
            'don-vi-hanh-chinh-mau.csv',
            // A byte-order mark so spreadsheet programs open the Vietnamese names as UTF-8.
            `\uFEFF${ADMIN_UNITS_CSV_HEADER.join(',')}\n${t('units.templateExample')}\n`,
            'text/csv;charset=utf-8',
          )
        }
      >
        {t('units.template')}
      </button>
      <Field label={t('units.file')}>
        <input type="file" accept=".csv,text/csv" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
      </Field>
      <PublicationFields value={publication} onChange={setPublication} versionHint={t('units.versionHint')} />
      {error && (
        <div role="alert">
          <p className="field__error">{error}</p>
          {problems.length > 0 && (
            <ul className="province-problems" aria-label={t('units.problems')}>
              {problems.map((p, i) => (
                <li key={i}>
                  {p.line === null
                    ? csvProblemText(p.message, t)
                    : t('units.line', { line: p.line, message: csvProblemText(p.message, t) })}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {done && <p role="status">{done}</p>}
      <button type="submit" className="button button--primary" disabled={busy}>
        {busy ? t('sending') : t('units.submit')}
      </button>
    </form>
  );
}
