// The help-activity form shared by "log" and "edit": big tiles for who helped and the kind of help,
// steppers for people and households, date (today by default), notes. Validated with the domain schema,
// errors inline in the user's language; saved as a draft while typing and offered back.
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { HelpActivityFields } from '@/domain/help-activity';
import { compressPhoto } from '@/lib/photo-compress';
import { useDraft } from '@/lib/use-draft';
import { draftStore } from '@/storage/drafts';
import { usePhotoField } from '@/storage/use-photo-field';
import { useSession } from '@/storage/use-session';
import { Field } from '@/ui/field';
import { PhotoField } from '@/ui/photo-field';
import { SampleBadge } from '@/ui/sample-badge';
import { Stepper } from '@/ui/stepper';
import { ChoiceTiles, type ChoiceOption } from './choice-tiles';
import { DraftOffer } from '@/ui/draft-offer';
import { validateActivity, type ActivityValues } from './form-values';
import { useValidatedForm } from './use-validated-form';
import { NOTE_MAX } from '@/domain/record-base';
import { NoteField } from '@/ui/note-field';

export interface ActivityFormProps {
  villageId: string;
  helpers: ChoiceOption[];
  kinds: ChoiceOption[];
  sampleKinds: boolean;
  initial: ActivityValues;
  draftKey: string;
  /** Saves the validated record; resolves to an error key (errors.*, or a helpers key) when it fails. */
  onSave: (data: HelpActivityFields) => Promise<string | null>;
  noHelpers?: ReactNode;
  children?: ReactNode;
}

export function ActivityForm(props: ActivityFormProps) {
  const { villageId, helpers, kinds, sampleKinds, initial, draftKey, onSave, noHelpers, children } = props;
  const { t } = useTranslation(['helpers', 'common']);
  const db = useSession((s) => s.db);
  const store = useMemo(() => draftStore<ActivityValues>(db, draftKey), [db, draftKey]);
  const { values, setValues, dirty, setDirty, errors, saving, set, err, submit } = useValidatedForm(
    initial,
    (v) => validateActivity(villageId, v),
    onSave,
    () => store.clear(),
  );
  const draft = useDraft(store, values, { enabled: dirty && !saving });
  const photos = usePhotoField({
    value: values.photos ?? [],
    onChange: (list) => set('photos', list),
    compress: compressPhoto,
  });

  return (
    <form onSubmit={submit} noValidate>
      {draft.offered && (
        <DraftOffer
          savedAt={draft.offered.savedAt}
          onRestore={() => {
            const restored = draft.accept();
            if (restored) setValues(restored);
            setDirty(true);
          }}
          onDiscard={() => void draft.discard()}
        />
      )}
      {helpers.length === 0 ? (
        noHelpers
      ) : (
        <ChoiceTiles
          legend={t('log.who')}
          name="helperId"
          options={helpers}
          value={values.helperId}
          onChange={(v) => set('helperId', v)}
          error={err('helperId')}
        />
      )}
      <ChoiceTiles
        legend={t('log.kind')}
        name="kind"
        options={kinds}
        value={values.kind}
        onChange={(v) => set('kind', v)}
        error={err('kind')}
        badge={sampleKinds && <SampleBadge label={t('sample', { ns: 'common' })} />}
      />
      <Stepper
        label={t('log.peopleHelped')}
        value={values.peopleHelped}
        onChange={(n) => set('peopleHelped', n)}
        error={err('peopleHelped')}
        decreaseLabel={t('decrease', { ns: 'common' })}
        increaseLabel={t('increase', { ns: 'common' })}
      />
      <Stepper
        label={t('log.householdsHelped')}
        value={values.householdsHelped}
        onChange={(n) => set('householdsHelped', n)}
        error={err('householdsHelped')}
        decreaseLabel={t('decrease', { ns: 'common' })}
        increaseLabel={t('increase', { ns: 'common' })}
      />
      <Field label={t('log.date')} error={err('date')}>
        <input type="date" value={values.date} onChange={(e) => set('date', e.target.value)} />
      </Field>
      <NoteField
        label={t('log.notes')}
        value={values.notes}
        onChange={(notes) => set('notes', notes)}
        max={NOTE_MAX}
        error={err('notes')}
      />
      <PhotoField {...photos} error={photos.error ?? err('photos') ?? null} />
      {errors.form && (
        <p className="field__error" role="alert">
          {t(errors.form)}
        </p>
      )}
      <button type="submit" className="button button--primary button--big" disabled={saving}>
        {t('save', { ns: 'common' })}
      </button>
      {children}
    </form>
  );
}
