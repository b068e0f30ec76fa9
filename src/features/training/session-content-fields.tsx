// What was taught, by whom, to whom and in which language: topics, trainers, target group and language,
// all from the trainingTopics catalog (names in the user's language).
import { useTranslation } from 'react-i18next';
import { localName, type TrainingTopics } from '@/domain/catalog';
import { Field } from '@/ui/field';
import { ChoiceGroup } from './choice-group';
import type { FormSectionProps } from './form-section';
import { TrainersField, type TrainerMember } from './trainers-field';

export function SessionContentFields({
  values,
  onChange,
  errorOf,
  catalog,
  trainerMembers,
}: FormSectionProps & { catalog: TrainingTopics; trainerMembers: TrainerMember[] }) {
  const { t, i18n } = useTranslation('training');
  const options = (list: TrainingTopics['topics']) =>
    list.map((e) => ({ code: e.code, label: localName(e.name, i18n.language) }));
  return (
    <>
      <ChoiceGroup
        legend={t('form.topics')}
        options={options(catalog.topics)}
        selected={values.topics}
        onChange={(topics) => onChange({ topics })}
        error={errorOf('topics')}
      />
      <TrainersField
        trainers={values.trainers}
        memberIds={values.trainerMemberIds}
        members={trainerMembers}
        onChange={(trainers, trainerMemberIds) => onChange({ trainers, trainerMemberIds })}
        errorOf={errorOf}
      />
      <Field label={t('form.targetGroup')} error={errorOf('targetGroup')}>
        <select value={values.targetGroup} onChange={(e) => onChange({ targetGroup: e.target.value })}>
          {options(catalog.targetGroups).map((o) => (
            <option key={o.code} value={o.code}>
              {o.label}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('form.language')} error={errorOf('language')}>
        <select value={values.language} onChange={(e) => onChange({ language: e.target.value })}>
          {options(catalog.languages).map((o) => (
            <option key={o.code} value={o.code}>
              {o.label}
            </option>
          ))}
        </select>
      </Field>
    </>
  );
}
