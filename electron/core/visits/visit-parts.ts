// Saving a visit's parts against what is stored: matched by id, changed in place, and
// archived (never deleted) when the clinician removes them.
import type { CoreContext } from '../context';
import { fieldError } from '../errors';
import type { AdherenceWeek, DeliveredTreatment, VisitDraft } from '../../../shared/domain/visit';
import { scoreOutcome } from '../../../shared/outcomes';
import {
  archiveAdherenceWeeks,
  archiveOutcome,
  archiveTreatment,
  insertAdherenceWeek,
  writeOutcome,
  writeTreatment,
} from './visit-parts-repository';

export interface PartsScope {
  ctx: CoreContext;
  visitId: string;
  patientId: string;
  at: string;
}

/** An id sent back by the form must be one this visit already has. */
function checkIds(
  existing: ReadonlySet<string>,
  ids: readonly (string | undefined)[],
  section: string,
): void {
  ids.forEach((id, index) => {
    if (id !== undefined && !existing.has(id)) {
      throw fieldError(
        ['draft', section, index, 'id'],
        'This entry does not belong to this visit. Reload the visit and try again.',
      );
    }
  });
}

export function syncTreatments(
  scope: PartsScope,
  stored: readonly DeliveredTreatment[],
  drafts: VisitDraft['treatments'],
): void {
  const { ctx, visitId } = scope;
  const existing = new Set(stored.map((treatment) => treatment.id));
  checkIds(
    existing,
    drafts.map((draft) => draft.id),
    'treatments',
  );
  const kept = new Set<string>();
  drafts.forEach((draft, position) => {
    const known = draft.id !== undefined && existing.has(draft.id);
    const id = known && draft.id !== undefined ? draft.id : ctx.newId();
    kept.add(id);
    writeTreatment(ctx.db, visitId, position, { ...draft, id }, known ? 'update' : 'insert');
  });
  for (const treatment of stored)
    if (!kept.has(treatment.id)) archiveTreatment(ctx.db, treatment.id);
}

export function syncOutcomes(
  scope: PartsScope,
  stored: readonly { id: string }[],
  drafts: VisitDraft['outcomes'],
): void {
  const { ctx, visitId, patientId, at } = scope;
  const existing = new Set(stored.map((record) => record.id));
  checkIds(
    existing,
    drafts.map((draft) => draft.id),
    'outcomes',
  );
  const kept = new Set<string>();
  for (const draft of drafts) {
    const known = draft.id !== undefined && existing.has(draft.id);
    const id = known && draft.id !== undefined ? draft.id : ctx.newId();
    kept.add(id);
    // The score is always computed here from the answers, never taken from the caller.
    const record = { id, form: draft.form, note: draft.note, result: scoreOutcome(draft.form) };
    writeOutcome(ctx.db, { visitId, patientId, record, at }, known ? 'update' : 'insert');
  }
  for (const record of stored) if (!kept.has(record.id)) archiveOutcome(ctx.db, record.id, at);
}

export function syncAdherence(
  scope: PartsScope,
  weeks: readonly AdherenceWeek[],
  options: { replace?: boolean } = {},
): void {
  const { ctx, visitId } = scope;
  if (options.replace) archiveAdherenceWeeks(ctx.db, visitId);
  for (const week of weeks) {
    insertAdherenceWeek(ctx.db, { id: ctx.newId(), visitId, week, newId: ctx.newId });
  }
}
