// SQL for autosaved visit note drafts (visit_note_drafts): one row per visit being edited, or
// per patient for a visit not yet recorded.
import type Database from 'better-sqlite3';

export interface DraftRef {
  patientId: string;
  /** The recorded visit being edited; null for a new visit. */
  visitId: string | null;
}

export const draftKey = (ref: DraftRef) =>
  ref.visitId === null ? `new:${ref.patientId}` : `visit:${ref.visitId}`;

/** Removes the draft of a visit's note (used in the same transaction as saving the visit). */
export function deleteDraft(db: Database.Database, ref: DraftRef): void {
  db.prepare('DELETE FROM visit_note_drafts WHERE draft_key = @key').run({ key: draftKey(ref) });
}
