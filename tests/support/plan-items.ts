// Plan items as a plan holds them (a copy of the library content plus its dose), for tests that
// build plan versions by hand.
import type { ItemParameters } from '../../shared/domain/parameters';
import type { PlanItem } from '../../shared/domain/plan';

export function planItem(
  id: string,
  title: string,
  dose: ItemParameters,
  phaseId = 'phase-1',
): PlanItem {
  return {
    id,
    phaseId,
    sourceItemId: null,
    sourceBuiltInKey: null,
    patientNote: '',
    title,
    summary: '',
    instructions: [],
    cautions: [],
    clinicianNotes: '',
    images: [],
    videoUrl: null,
    ...dose,
  };
}
