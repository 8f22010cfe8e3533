// SQL for the items of a plan (plan_items, migration 0003): a copy of the library content with
// this patient's dose, placed in a phase; removed items stay (removed_at) so a removal can be undone.
import type Database from 'better-sqlite3';
import { z } from 'zod';
import type { ItemContent } from '../../../shared/domain/library';
import type { PlanItem } from '../../../shared/domain/plan';

/** The library part of a plan item (what was copied, plus its dose). */
export function contentOf(item: PlanItem): ItemContent {
  const {
    id: _id,
    phaseId: _phaseId,
    sourceItemId: _sourceItemId,
    sourceBuiltInKey: _sourceBuiltInKey,
    patientNote: _patientNote,
    ...content
  } = item;
  return content;
}

export function itemIdsInPhase(db: Database.Database, phaseId: string): string[] {
  return (
    db
      .prepare(
        `SELECT id FROM plan_items WHERE phase_id = @phaseId AND removed_at IS NULL
         ORDER BY position`,
      )
      .all({ phaseId }) as { id: string }[]
  ).map((r) => r.id);
}

const itemRowSchema = z.object({
  id: z.string(),
  planId: z.string(),
  phaseId: z.string(),
  position: z.number(),
  kind: z.string(),
  /** The item's content as JSON (parsed with itemContentSchema by its reader). */
  content: z.string(),
  sourceItemId: z.string().nullable(),
  sourceBuiltInKey: z.string().nullable(),
  patientNote: z.string(),
  removedAt: z.string().nullable(),
});
export type ItemRow = z.infer<typeof itemRowSchema>;

export function readItemRow(db: Database.Database, id: string): ItemRow | null {
  const row = db
    .prepare(
      `SELECT id, plan_id AS planId, phase_id AS phaseId, position, kind, content,
         source_item_id AS sourceItemId, source_built_in_key AS sourceBuiltInKey,
         patient_note AS patientNote, removed_at AS removedAt
       FROM plan_items WHERE id = @id`,
    )
    .get({ id });
  return row === undefined ? null : itemRowSchema.parse(row);
}

export function insertItem(
  db: Database.Database,
  item: {
    id: string;
    planId: string;
    phaseId: string;
    position: number;
    content: ItemContent;
    sourceItemId: string | null;
    sourceBuiltInKey: string | null;
    patientNote: string;
    /** The library item's updatedAt when its content was copied (null if not known). */
    librarySeenAt?: string | null;
  },
): void {
  db.prepare(
    `INSERT INTO plan_items (id, plan_id, phase_id, position, kind, content, source_item_id,
       source_built_in_key, patient_note, library_seen_at)
     VALUES (@id, @planId, @phaseId, @position, @kind, @content, @sourceItemId,
       @sourceBuiltInKey, @patientNote, @librarySeenAt)`,
  ).run({
    ...item,
    librarySeenAt: item.librarySeenAt ?? null,
    kind: item.content.kind,
    content: JSON.stringify(item.content),
  });
}

/** Records which library edit this item took or kept (so it is not offered again). */
export function setLibrarySeenAt(db: Database.Database, id: string, seenAt: string): void {
  db.prepare('UPDATE plan_items SET library_seen_at = @seenAt WHERE id = @id').run({ id, seenAt });
}

export function librarySeenAt(db: Database.Database, id: string): string | null {
  const row = db.prepare('SELECT library_seen_at AS seenAt FROM plan_items WHERE id = @id').get({
    id,
  }) as { seenAt: string | null } | undefined;
  return row?.seenAt ?? null;
}

export function updateItemRow(
  db: Database.Database,
  id: string,
  fields: { content: ItemContent; patientNote: string },
): void {
  db.prepare(
    'UPDATE plan_items SET content = @content, patient_note = @patientNote WHERE id = @id',
  ).run({ id, content: JSON.stringify(fields.content), patientNote: fields.patientNote });
}

/** Puts the listed items in this phase, in this order. */
export function placeItems(db: Database.Database, phaseId: string, ids: readonly string[]): void {
  const update = db.prepare(
    'UPDATE plan_items SET phase_id = @phaseId, position = @position WHERE id = @id',
  );
  ids.forEach((id, position) => update.run({ id, phaseId, position }));
}

export function setItemRemoved(db: Database.Database, id: string, removedAt: string | null): void {
  db.prepare('UPDATE plan_items SET removed_at = @removedAt WHERE id = @id').run({ id, removedAt });
}
