// How an exercise's regression or progression reads, and which one a visit's pain response
// offers first (the pain-monitoring model: over the limit → regress; settled → progress).
import type { PainAssessment } from '../domain/load-monitoring';
import type { ExerciseStep, StepDirection } from '../domain/parameters';
import { doseText } from './dose-text';

export const stepLabels: Record<StepDirection, { noun: string; action: string }> = {
  regression: { noun: 'Regression', action: 'Regress' },
  progression: { noun: 'Progression', action: 'Progress' },
};

/** "Change to Slow heel lowering on the flat floor" or "Dose: 3 × 15, 5 kg, …". */
export function stepText(step: ExerciseStep): string {
  switch (step.type) {
    case 'item':
      return `Change to ${step.title}`;
    case 'dose':
      return `Dose: ${doseText({ kind: 'exercise', parameters: step.parameters }, 'en')}`;
    default: {
      const unreachable: never = step;
      return unreachable;
    }
  }
}

/** The step the pain response points to, or null when it says neither (not recorded). */
export function suggestedStep(status: PainAssessment['status']): StepDirection | null {
  switch (status) {
    case 'reduce_load':
      return 'regression';
    case 'within_model':
      return 'progression';
    case 'not_recorded':
      return null;
    default: {
      const unreachable: never = status;
      return unreachable;
    }
  }
}
