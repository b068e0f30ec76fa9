// The training session form: saves a draft as you type, validates like the server (plus no future date
// and catalog codes), shows errors inline and focuses the first one, then saves (training-save.ts) and
// returns to the list, which confirms the save or offers to undo a delete.
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { isoDate } from '@/domain/dates';
import type { TrainingSessionFields } from '@/domain/training-session';
import { errorsByField } from '@/lib/form-errors';
import { compressPhoto } from '@/lib/photo-compress';
import { useDraft } from '@/lib/use-draft';
import { draftStore } from '@/storage/drafts';
import { RecordValidationError } from '@/storage/record-writer';
import { writeContext } from '@/storage/session-store';
import { usePhotoField } from '@/storage/use-photo-field';
import { useSession } from '@/storage/use-session';
import { PhotoField } from '@/ui/photo-field';
import { AttendeeFields } from './attendee-fields';
import { DraftOffer } from '@/ui/draft-offer';
import { SessionBasicsFields } from './session-basics-fields';
import { SessionContentFields } from './session-content-fields';
import { CarriedOverNotice, ReuseTopicsButton } from './carried-over';
import { validateTraining, type CarriedOver, type TrainingFormValues } from './training-form-model';
import { listPath, type TrainingNavState } from './training-nav';
import { deleteTrainingSession, saveTrainingSession } from './training-save';
import type { TrainerMember } from './trainers-field';
import type { TrainingCatalogs } from './use-training-context';
import { NOTE_MAX } from '@/domain/record-base';
import { NoteField } from '@/ui/note-field';

/** Errors that belong to no field (the save itself failed). */
const FORM_ERROR = 'form';

export interface TrainingFormProps {
  recordId?: string | undefined;
  initial: TrainingFormValues;
  original?: TrainingSessionFields | undefined;
  catalogs: TrainingCatalogs;
  trainerMembers: TrainerMember[];
  carried?: CarriedOver | undefined;
}

export function TrainingForm({
  recordId,
  initial,
  original,
  catalogs,
  trainerMembers,
  carried,
}: TrainingFormProps) {
  const { t } = useTranslation(['training', 'common']);
  const db = useSession((s) => s.db);
  const navigate = useNavigate();
  const backTo = listPath(useLocation().state);
  const [values, setValues] = useState(initial);
  const [dirty, setDirty] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [attempt, setAttempt] = useState(0);
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const store = useMemo(
    () => draftStore<TrainingFormValues>(db, recordId ? `training:${recordId}` : 'training:new'),
    [db, recordId],
  );
  const draft = useDraft(store, values, { enabled: dirty && !saving });
  const today = isoDate(new Date());
  const photos = usePhotoField({
    value: values.photos ?? [],
    onChange: (list) => onChange({ photos: list }),
    compress: compressPhoto,
  });

  useEffect(() => {
    if (attempt > 0)
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], [data-invalid="true"]')?.focus();
  }, [attempt]);

  const onChange = (patch: Partial<TrainingFormValues>) => {
    setValues((v) => ({ ...v, ...patch }));
    setDirty(true);
    // A corrected field loses its old error at once; the rest stay until the next save.
    const touched = Object.keys(patch);
    setErrors((e) =>
      Object.fromEntries(Object.entries(e).filter(([path]) => !touched.includes(path.split('.')[0] ?? ''))),
    );
  };
  const errorOf = (path: string) => (errors[path] ? t(`common:${errors[path]}`) : undefined);
  const fail = (next: Record<string, string>) => {
    setErrors(next);
    setAttempt((a) => a + 1);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = validateTraining(values, { catalog: catalogs.topics, villages: catalogs.villages, today });
    if (!result.ok) return fail(result.errors);
    const ctx = writeContext();
    if (!ctx) return fail({ [FORM_ERROR]: 'errors.saveFailed' });
    setSaving(true);
    try {
      const edit = recordId && original ? { id: recordId, original } : undefined;
      await saveTrainingSession(db, ctx, result.fields, edit);
      await draft.clear();
      navigate(backTo, { state: { saved: true } satisfies TrainingNavState });
    } catch (err) {
      setSaving(false);
      fail(
        err instanceof RecordValidationError
          ? errorsByField(err.issues)
          : { [FORM_ERROR]: 'errors.saveFailed' },
      );
    }
  };

  const remove = async () => {
    const ctx = writeContext();
    if (!ctx || !recordId) return;
    setSaving(true);
    try {
      await deleteTrainingSession(db, ctx, recordId);
      await draft.clear();
      navigate(backTo, { state: { deletedId: recordId } satisfies TrainingNavState });
    } catch {
      setSaving(false);
      fail({ [FORM_ERROR]: 'errors.saveFailed' });
    }
  };

  const section = { values, onChange, errorOf };
  const formError = errorOf(FORM_ERROR);
  return (
    <form ref={formRef} noValidate onSubmit={(e) => void submit(e)} className="training-form">
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
      {carried && <CarriedOverNotice fields={carried.fields} />}
      <SessionBasicsFields {...section} villages={catalogs.villages} today={today} />
      {carried && values.topics.length === 0 && (
        <ReuseTopicsButton
          topics={carried.topics}
          catalog={catalogs.topics}
          onReuse={(topics) => onChange({ topics })}
        />
      )}
      <SessionContentFields {...section} catalog={catalogs.topics} trainerMembers={trainerMembers} />
      <AttendeeFields {...section} catalog={catalogs.topics} />
      <NoteField
        label={t('form.notes')}
        value={values.notes}
        onChange={(notes) => onChange({ notes })}
        max={NOTE_MAX}
        error={errorOf('notes')}
      />
      <PhotoField {...photos} error={photos.error ?? errors.photos ?? null} />
      {Object.keys(errors).length > 0 && <p className="field__error">{formError ?? t('form.hasErrors')}</p>}
      <div className="save-bar">
        <button type="submit" className="button button--primary button--big" disabled={saving}>
          {saving ? t('form.saving') : t('form.save')}
        </button>
      </div>
      {recordId && (
        <button
          type="button"
          className="button button--danger"
          disabled={saving}
          onClick={() => void remove()}
        >
          {t('form.delete')}
        </button>
      )}
    </form>
  );
}
