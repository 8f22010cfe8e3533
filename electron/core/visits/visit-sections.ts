// A visit's amendable sections (date, time, plan, each SOAP field, treatments, outcomes,
// adherence) in comparable form: what the audit log names and what an amendment records.
import {
  soapFields,
  type AmendableField,
  type Visit,
  type VisitDraft,
} from '../../../shared/domain/visit';
import {
  EMPTY_PAIN_MONITORING,
  EMPTY_RUNNING_LOAD,
  type PainMonitoring,
  type RunningLoad,
} from '../../../shared/domain/load-monitoring';
import { stableStringify } from '../../../shared/stable-json';

const BLANK_WEEK: readonly null[] = Array<null>(7).fill(null);

function hasPainMonitoring(pain: PainMonitoring | undefined): boolean {
  return pain !== undefined && Object.values(pain).some((value) => value !== null);
}

function hasRunning(running: RunningLoad | undefined): boolean {
  return (
    running !== undefined &&
    (running.minutesPerWeek !== null ||
      running.kmPerWeek !== null ||
      running.walkRunStage !== null ||
      running.note !== '')
  );
}

export function filledSections(draft: VisitDraft): AmendableField[] {
  const fields: AmendableField[] = ['date', 'time'];
  if (draft.planVersionId !== null) fields.push('planVersionId');
  for (const field of soapFields) if (draft.soap[field] !== '') fields.push(field);
  if (draft.treatments.length > 0) fields.push('treatments');
  if (draft.outcomes.length > 0) fields.push('outcomes');
  if (draft.adherence.length > 0) fields.push('adherence');
  if (hasPainMonitoring(draft.painMonitoring)) fields.push('painMonitoring');
  if (hasRunning(draft.running)) fields.push('running');
  return fields;
}

/** Each amendable section in a comparable form (ids left out: they are not content). */
export function sections(source: Visit | VisitDraft): Record<AmendableField, unknown> {
  return {
    date: source.date,
    time: source.time,
    planVersionId: source.planVersionId,
    subjective: source.soap.subjective,
    objective: source.soap.objective,
    assessment: source.soap.assessment,
    plan: source.soap.plan,
    treatments: source.treatments.map(
      ({ planItemId, title, kind, parameters, findings, notes }) => ({
        planItemId,
        title,
        kind,
        parameters,
        findings,
        notes,
      }),
    ),
    outcomes: source.outcomes.map(({ form, note }) => ({ form, note })),
    // Grids recorded before the diary's pain rows read as blank rows, not as a change.
    adherence: [...source.adherence]
      .sort((a, b) => a.weekStart.localeCompare(b.weekStart))
      .map((week) => ({
        ...week,
        painDuringExercise: week.painDuringExercise ?? BLANK_WEEK,
        nextMorningPain: week.nextMorningPain ?? BLANK_WEEK,
      })),
    painMonitoring: source.painMonitoring ?? EMPTY_PAIN_MONITORING,
    running: source.running ?? EMPTY_RUNNING_LOAD,
  };
}

/** The sections whose content differs (key order and ids aside). */
export function changedSections(
  before: Record<AmendableField, unknown>,
  after: Record<AmendableField, unknown>,
): AmendableField[] {
  return (Object.keys(after) as AmendableField[]).filter(
    (field) => stableStringify(before[field]) !== stableStringify(after[field]),
  );
}
