// Publishes a new version of a catalog (training topics, kinds of help, Thôn số criteria) from a JSON
// file, checked in the browser first; phones receive it on their next sync. Offers the blank template of
// the chosen kind to fill in.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '@/lib/i18n';
import { Field } from '@/ui/field';
import { adminErrorMessage } from './admin-error';
import {
  checkCatalogFile,
  PUBLISHABLE_KINDS,
  type CatalogProblem,
  type PublishableKind,
} from './catalog-file';
import { catalogTemplate, type ExampleKey } from './catalog-template';
import { downloadText } from './download-file';
import { PublicationFields, type Publication } from './publication-fields';
import { useAdminClient } from './use-admin';

export function CatalogPublishForm({ onPublished }: { onPublished: () => void }) {
  const { t, i18n } = useTranslation(['province', 'common']);
  const client = useAdminClient();
  const [kind, setKind] = useState<PublishableKind>('criteria');
  const [file, setFile] = useState<File | null>(null);
  const [publication, setPublication] = useState<Publication>({ version: '', source: '', sample: false });
  const { version, sample, source } = publication;
  const [error, setError] = useState('');
  const [problems, setProblems] = useState<CatalogProblem[]>([]);
  const [done, setDone] = useState('');
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError('');
    setProblems([]);
    setDone('');
    if (!file) {
      setError(t('catalogs.missingFile'));
      return;
    }
    setBusy(true);
    try {
      const check = checkCatalogFile(await file.text(), { kind, version, sample, source });
      if (!check.ok) {
        setError(t('catalogs.invalid'));
        setProblems(check.problems);
        return;
      }
      const { ok: _ok, ...catalog } = check;
      await client.publishCatalog({ kind, ...catalog });
      setDone(t('catalogs.published', { kind: t(`catalogs.kind.${kind}`), version: catalog.version }));
      onPublished();
    } catch (err) {
      setError(adminErrorMessage(err, t));
    } finally {
      setBusy(false);
    }
  }

  async function downloadTemplate() {
    // Example names in both languages, whichever the officer reads in.
    await i18n.loadLanguages([...LANGUAGES]);
    const [vi, en] = LANGUAGES.map((lng) => i18n.getFixedT(lng, 'province'));
    const example = (key: ExampleKey) => ({
      vi: vi!(`catalogs.template.example.${key}`),
      en: en!(`catalogs.template.example.${key}`),
    });
    downloadText(
      `${kind}-mau.json`,
      `${JSON.stringify(catalogTemplate(kind, example), null, 2)}\n`,
      'application/json',
    );
  }

  return (
    <form className="card" onSubmit={submit} noValidate>
      <h3>{t('catalogs.publish')}</h3>
      <Field label={t('catalogs.kindLabel')}>
        <select value={kind} onChange={(e) => setKind(e.target.value as PublishableKind)}>
          {PUBLISHABLE_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`catalogs.kind.${k}`)}
            </option>
          ))}
        </select>
      </Field>
      <p className="field__hint">{t('catalogs.template.hint')}</p>
      <button type="button" className="button" onClick={() => void downloadTemplate()}>
        {t('catalogs.template.download')}
      </button>
      <Field label={t('catalogs.file')} hint={t('catalogs.fileHint')}>
        <input
          type="file"
          accept=".json,application/json"
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
      </Field>
      <PublicationFields
        value={publication}
        onChange={setPublication}
        versionHint={t('catalogs.versionHint')}
      />
      {error && (
        <div role="alert">
          <p className="field__error">{error}</p>
          {problems.length > 0 && (
            <ul className="province-problems" aria-label={t('catalogs.problems')}>
              {problems.map((p, i) => (
                <li key={i}>
                  {t('catalogs.problem', {
                    path: p.path || t('catalogs.wholeFile'),
                    message: t(`catalogs.issue.${p.code}`, { defaultValue: t('catalogs.issue.other') }),
                  })}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {done && <p role="status">{done}</p>}
      <button type="submit" className="button button--primary" disabled={busy}>
        {busy ? t('sending') : t('catalogs.submit')}
      </button>
    </form>
  );
}
