// Autosaved SOAP note drafts: what the clinician has typed into a visit's note but not saved,
// kept per visit being edited (or per patient for a visit not yet recorded) so a closed window
// or a wander to another screen loses nothing. A draft is not part of the clinical record: it is
// not audited, not printed, and saving (or discarding) the visit's note removes it. It lives in
// the database, so backups and whole-record exports carry it like any other unsaved work.
import { soapSchema, type Soap } from '../../../shared/domain/visit';
import type { VisitNoteDraft } from '../../../shared/contract/visits';
import type { CoreContext } from '../context';
import { AppError } from '../errors';
import { activePatient, getVisit } from './visit-service';
import { deleteDraft, draftKey, type DraftRef } from './visit-drafts-repository';

function checkRef(ctx: CoreContext, ref: DraftRef): void {
  activePatient(ctx, ref.patientId, ['patientId']);
  if (ref.visitId !== null && getVisit(ctx, ref.visitId).patientId !== ref.patientId) {
    throw new AppError('VALIDATION', 'This visit belongs to another patient.');
  }
}

export function readDraft(ctx: CoreContext, ref: DraftRef): VisitNoteDraft | null {
  const row = ctx.db
    .prepare('SELECT soap, saved_at AS savedAt FROM visit_note_drafts WHERE draft_key = @key')
    .get({ key: draftKey(ref) }) as { soap: string; savedAt: string } | undefined;
  if (!row) return null;
  const soap = soapSchema.safeParse(JSON.parse(row.soap));
  // A draft that no longer reads as a note is dropped rather than shown half-broken.
  return soap.success ? { soap: soap.data, savedAt: row.savedAt } : null;
}

export function saveDraft(ctx: CoreContext, ref: DraftRef & { soap: Soap }): VisitNoteDraft {
  checkRef(ctx, ref);
  const savedAt = ctx.clock().toISOString();
  ctx.db
    .prepare(
      `INSERT INTO visit_note_drafts (draft_key, patient_id, visit_id, soap, saved_at)
       VALUES (@key, @patientId, @visitId, @soap, @savedAt)
       ON CONFLICT (draft_key) DO UPDATE SET soap = excluded.soap, saved_at = excluded.saved_at`,
    )
    .run({
      key: draftKey(ref),
      patientId: ref.patientId,
      visitId: ref.visitId,
      soap: JSON.stringify(ref.soap),
      savedAt,
    });
  return { soap: ref.soap, savedAt };
}

export function discardDraft(ctx: CoreContext, ref: DraftRef): void {
  deleteDraft(ctx.db, ref);
}
