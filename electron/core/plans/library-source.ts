// The one place plans read the library: the content an item is copied from when it is
// added to a plan or a plan is started from a template.
import type Database from 'better-sqlite3';
import { z } from 'zod';
import { itemContentSchema, type ItemContent } from '../../../shared/domain/library';

export interface LibrarySourceItem {
  id: string;
  builtInKey: string | null;
  archived: boolean;
  content: ItemContent;
}

const rowSchema = z.object({
  id: z.string(),
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  built_in_key: z.string().nullable(),
  archived: z.number(),
});

function toSource(raw: unknown): LibrarySourceItem {
  const row = rowSchema.parse(raw);
  const body = z.record(z.string(), z.unknown()).parse(JSON.parse(row.body));
  const content = itemContentSchema.parse({
    title: row.title,
    summary: body.summary ?? '',
    instructions: body.instructions ?? [],
    cautions: body.cautions ?? [],
    clinicianNotes: body.clinicianNotes ?? '',
    images: body.images ?? [],
    videoUrl: body.videoUrl ?? null,
    kind: row.kind,
    parameters: body.parameters,
  });
  return { id: row.id, builtInKey: row.built_in_key, archived: row.archived === 1, content };
}

export function libraryItemById(db: Database.Database, id: string): LibrarySourceItem | null {
  const row: unknown = db
    .prepare(
      'SELECT id, kind, title, body, built_in_key, archived FROM library_items WHERE id = @id',
    )
    .get({ id });
  return row === undefined ? null : toSource(row);
}

export function libraryItemByKey(db: Database.Database, key: string): LibrarySourceItem | null {
  const row: unknown = db
    .prepare(
      'SELECT id, kind, title, body, built_in_key, archived FROM library_items WHERE built_in_key = @key',
    )
    .get({ key });
  return row === undefined ? null : toSource(row);
}

/** The fields of a plan item that come from the library (what "copy at add time" copies). */
export function copyContent(content: ItemContent): ItemContent {
  return structuredClone(content);
}
