// A visit's amendable sections (date, time, plan, each SOAP field, treatments, outcomes,
// adherence) in comparable form: what the audit log names and what an amendment records.
import {
  soapFields,
  type AmendableField,
  type Visit,
  type VisitDraft,
} from '../../../shared/domain/visit';
import { stableStringify } from '../../../shared/stable-json';

export function filledSections(draft: VisitDraft): AmendableField[] {
  const fields: AmendableField[] = ['date', 'time'];
  if (draft.planVersionId !== null) fields.push('planVersionId');
  for (const field of soapFields) if (draft.soap[field] !== '') fields.push(field);
  if (draft.treatments.length > 0) fields.push('treatments');
  if (draft.outcomes.length > 0) fields.push('outcomes');
  if (draft.adherence.length > 0) fields.push('adherence');
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
    adherence: [...source.adherence].sort((a, b) => a.weekStart.localeCompare(b.weekStart)),
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
