// The contract between the training form and its sections: current values, a patch-style change
// handler, and each field's translated error (by path, e.g. "attendees.women"), if any.
import type { TrainingFormValues } from './training-form-model';

export interface FormSectionProps {
  values: TrainingFormValues;
  onChange: (patch: Partial<TrainingFormValues>) => void;
  errorOf: (path: string) => string | undefined;
}
