// The fields every published list carries — version, source and the "sample data" mark — shared by the
// administrative-units upload and the catalog publishing forms.
import { useTranslation } from 'react-i18next';
import { Field } from '@/ui/field';

export interface Publication {
  version: string;
  source: string;
  sample: boolean;
}

export function PublicationFields({
  value,
  onChange,
  versionHint,
}: {
  value: Publication;
  onChange: (next: Publication) => void;
  versionHint: string;
}) {
  const { t } = useTranslation(['province', 'common']);
  return (
    <>
      <Field label={t('version')} hint={versionHint}>
        <input
          value={value.version}
          onChange={(e) => onChange({ ...value, version: e.target.value })}
          maxLength={40}
        />
      </Field>
      <Field label={t('source')}>
        <input
          value={value.source}
          onChange={(e) => onChange({ ...value, source: e.target.value })}
          maxLength={500}
        />
      </Field>
      <label className="province-check">
        <input
          type="checkbox"
          checked={value.sample}
          onChange={(e) => onChange({ ...value, sample: e.target.checked })}
        />
        {t('sampleData')}
      </label>
    </>
  );
}
