// Who came and what was achieved: total, women, ethnic-minority, one stepper per catalog age band, and
// one stepper per catalog outcome (e.g. VNeID accounts activated on the spot).
import { useTranslation } from 'react-i18next';
import { localName, type TrainingTopics } from '@/domain/catalog';
import { Stepper } from '@/ui/stepper';
import type { FormSectionProps } from './form-section';

export function AttendeeFields({
  values,
  onChange,
  errorOf,
  catalog,
}: FormSectionProps & { catalog: TrainingTopics }) {
  const { t, i18n } = useTranslation(['training', 'common']);
  const { attendees, outcomes } = values;
  const steps = { decreaseLabel: t('common:decrease'), increaseLabel: t('common:increase') };
  const setAttendees = (patch: Partial<typeof attendees>) =>
    onChange({ attendees: { ...attendees, ...patch } });
  const bandsError = errorOf('attendees.ageBands');
  const outcomesError = errorOf('outcomes');
  return (
    <>
      <fieldset className="field">
        <legend>{t('form.attendees')}</legend>
        <Stepper
          {...steps}
          label={t('form.total')}
          value={attendees.total}
          onChange={(total) => setAttendees({ total })}
          error={errorOf('attendees.total')}
        />
        <Stepper
          {...steps}
          label={t('form.women')}
          value={attendees.women}
          onChange={(women) => setAttendees({ women })}
          error={errorOf('attendees.women')}
        />
        <Stepper
          {...steps}
          label={t('form.ethnicMinority')}
          value={attendees.ethnicMinority}
          onChange={(ethnicMinority) => setAttendees({ ethnicMinority })}
          error={errorOf('attendees.ethnicMinority')}
        />
      </fieldset>
      {catalog.ageBands.length > 0 && (
        <fieldset className="field">
          <legend>{t('form.ageBands')}</legend>
          {catalog.ageBands.map((band, i) => (
            <Stepper
              {...steps}
              key={band.code}
              label={localName(band.name, i18n.language)}
              value={attendees.ageBands[band.code] ?? 0}
              onChange={(n) => setAttendees({ ageBands: { ...attendees.ageBands, [band.code]: n } })}
              error={errorOf(`attendees.ageBands.${band.code}`) ?? (i === 0 ? bandsError : undefined)}
            />
          ))}
        </fieldset>
      )}
      {catalog.outcomes.length > 0 && (
        <fieldset className="field">
          <legend>{t('form.outcomes')}</legend>
          {catalog.outcomes.map((outcome, i) => (
            <Stepper
              {...steps}
              key={outcome.code}
              label={localName(outcome.name, i18n.language)}
              value={outcomes[outcome.code] ?? 0}
              onChange={(n) => onChange({ outcomes: { ...outcomes, [outcome.code]: n } })}
              error={errorOf(`outcomes.${outcome.code}`) ?? (i === 0 ? outcomesError : undefined)}
            />
          ))}
        </fieldset>
      )}
    </>
  );
}
