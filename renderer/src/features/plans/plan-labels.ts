// Words and colours for plan states, shared by the patient page and the plan editor.
import type { PlanStatus } from '../../../../shared/domain/plan';

export const planStatusLabels: Record<PlanStatus, string> = {
  draft: 'Draft',
  active: 'Active',
  completed: 'Completed',
};

export const planStatusColors: Record<PlanStatus, string> = {
  draft: 'gray',
  active: 'teal',
  completed: 'blue',
};
