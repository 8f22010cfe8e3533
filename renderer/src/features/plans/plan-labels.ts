// Words and colours for plan states and item kinds, shared by the patient page and the plan
// editor: message keys by code (the English maps in shared/ stay for the core's documents).
import type { ItemKind } from '../../../../shared/domain/parameters';
import type { PlanStatus } from '../../../../shared/domain/plan';

export const planStatusLabelKeys = {
  draft: 'plans:status.draft',
  active: 'plans:status.active',
  completed: 'plans:status.completed',
} as const satisfies Record<PlanStatus, string>;

/** The status menu's items: "Mark as active". */
export const planStatusMarkKeys = {
  draft: 'plans:statusMark.draft',
  active: 'plans:statusMark.active',
  completed: 'plans:statusMark.completed',
} as const satisfies Record<PlanStatus, string>;

export const planStatusColors: Record<PlanStatus, string> = {
  draft: 'gray',
  active: 'teal',
  completed: 'blue',
};

export const itemKindLabelKeys = {
  assessment: 'plans:kinds.assessment',
  manual_therapy: 'plans:kinds.manual_therapy',
  exercise: 'plans:kinds.exercise',
  taping: 'plans:kinds.taping',
  orthosis: 'plans:kinds.orthosis',
  modality: 'plans:kinds.modality',
  education: 'plans:kinds.education',
} as const satisfies Record<ItemKind, string>;
