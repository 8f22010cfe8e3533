// SQL for library items and their photos. Rows leaving here are parsed into domain types;
// the FTS index and the revision counter follow by trigger (see migration 0002).
import type Database from 'better-sqlite3';
import { z } from 'zod';
import { normaliseEquipment } from '../../../shared/domain/equipment';
import type { ImageRef } from '../../../shared/domain/common';
import {
  libraryItemSchema,
  type LibraryItem,
  type LibraryItemDraft,
} from '../../../shared/domain/library';

const rowSchema = z.object({
  seq: z.number(),
  id: z.string(),
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  built_in_key: z.string().nullable(),
  content_version: z.number(),
  copied_from_id: z.string().nullable(),
  source: z.string().nullable(),
  source_hash: z.string().nullable(),
  archived: z.number(),
  needs_review: z.number(),
  created_at: z.string(),
  updated_at: z.string(),
});
export type LibraryRow = z.infer<typeof rowSchema>;

const imageRowSchema = z.object({
  sha256: z.string(),
  mime_type: z.enum(['image/png', 'image/jpeg']),
  width: z.number(),
  height: z.number(),
});

/**
 * The stored body: every draft field except those kept in columns or tables of their own.
 * Equipment is stored in the library's names, so the filter lists each thing once.
 */
export function bodyOf(draft: LibraryItemDraft): string {
  const { title: _title, kind: _kind, images: _images, ...body } = draft;
  return JSON.stringify({ ...body, equipment: normaliseEquipment(body.equipment) });
}

export interface LibraryRepository {
  row(id: string): LibraryRow | undefined;
  rowByBuiltInKey(key: string): LibraryRow | undefined;
  rowBySource(source: string): LibraryRow | undefined;
  item(id: string): LibraryItem | undefined;
  itemFromRow(row: LibraryRow): LibraryItem;
  images(id: string): ImageRef[];
  missingImages(sha256s: readonly string[]): string[];
  insert(item: NewLibraryRow): void;
  updateContent(id: string, change: ContentChange): void;
  setArchived(id: string, archived: boolean, now: string): void;
  touch(id: string, now: string): void;
  replaceImages(id: string, images: readonly ImageRef[]): void;
  /** Imported items wait for a clinician's review before any patient sheet uses them. */
  setNeedsReview(id: string, needsReview: boolean, now: string): void;
  allRows(): LibraryRow[];
}

export interface NewLibraryRow {
  id: string;
  draft: LibraryItemDraft;
  builtInKey: string | null;
  contentVersion: number;
  copiedFromId: string | null;
  source: string | null;
  sourceHash: string | null;
  archived: boolean;
  now: string;
}

export interface ContentChange {
  draft: LibraryItemDraft;
  now: string;
  contentVersion?: number;
  sourceHash?: string | null;
}

/** Prepared statements are compiled once per database connection. */
const cache = new WeakMap<Database.Database, LibraryRepository>();

export function libraryRepository(db: Database.Database): LibraryRepository {
  const existing = cache.get(db);
  if (existing) return existing;
  const repo = createRepository(db);
  cache.set(db, repo);
  return repo;
}

function createRepository(db: Database.Database): LibraryRepository {
  const byId = db.prepare('SELECT * FROM library_items WHERE id = ?');
  const byKey = db.prepare('SELECT * FROM library_items WHERE built_in_key = ?');
  const bySource = db.prepare('SELECT * FROM library_items WHERE source = ?');
  const all = db.prepare('SELECT * FROM library_items ORDER BY seq');
  const imagesOf = db.prepare(
    `SELECT i.sha256, i.mime_type, i.width, i.height
     FROM library_item_images li JOIN images i ON i.sha256 = li.sha256
     WHERE li.item_id = ? ORDER BY li.position`,
  );
  const imageExists = db.prepare('SELECT 1 FROM images WHERE sha256 = ?').pluck();
  const insertRow = db.prepare(
    `INSERT INTO library_items (id, kind, title, body, built_in_key, content_version,
       copied_from_id, source, source_hash, archived, created_at, updated_at)
     VALUES (@id, @kind, @title, @body, @builtInKey, @contentVersion, @copiedFromId, @source,
       @sourceHash, @archived, @now, @now)`,
  );
  const updateRow = db.prepare(
    `UPDATE library_items SET kind = @kind, title = @title, body = @body,
       content_version = coalesce(@contentVersion, content_version),
       source_hash = CASE WHEN @keepSourceHash THEN source_hash ELSE @sourceHash END,
       updated_at = @now
     WHERE id = @id`,
  );
  const archiveRow = db.prepare(
    'UPDATE library_items SET archived = @archived, updated_at = @now WHERE id = @id',
  );
  const touchRow = db.prepare('UPDATE library_items SET updated_at = @now WHERE id = @id');
  const reviewRow = db.prepare(
    'UPDATE library_items SET needs_review = @needsReview, updated_at = @now WHERE id = @id',
  );
  const deleteImages = db.prepare('DELETE FROM library_item_images WHERE item_id = ?');
  const insertImage = db.prepare(
    'INSERT INTO library_item_images (item_id, position, sha256) VALUES (@id, @position, @sha256)',
  );

  const parseRow = (raw: unknown): LibraryRow | undefined =>
    raw === undefined ? undefined : rowSchema.parse(raw);

  const images = (id: string): ImageRef[] =>
    imagesOf.all(id).map((raw) => {
      const row = imageRowSchema.parse(raw);
      return { sha256: row.sha256, mimeType: row.mime_type, width: row.width, height: row.height };
    });

  const itemFromRow = (row: LibraryRow): LibraryItem =>
    libraryItemSchema.parse({
      ...(JSON.parse(row.body) as object),
      id: row.id,
      kind: row.kind,
      title: row.title,
      images: images(row.id),
      builtInKey: row.built_in_key,
      builtIn: row.built_in_key !== null,
      contentVersion: row.content_version,
      copiedFromId: row.copied_from_id,
      source: row.source,
      archived: row.archived === 1,
      needsReview: row.needs_review === 1,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    });

  return {
    row: (id) => parseRow(byId.get(id)),
    rowByBuiltInKey: (key) => parseRow(byKey.get(key)),
    rowBySource: (source) => parseRow(bySource.get(source)),
    item: (id) => {
      const row = parseRow(byId.get(id));
      return row ? itemFromRow(row) : undefined;
    },
    itemFromRow,
    images,
    missingImages: (sha256s) => sha256s.filter((sha) => imageExists.get(sha) === undefined),
    insert: (item) => {
      insertRow.run({
        id: item.id,
        kind: item.draft.kind,
        title: item.draft.title,
        body: bodyOf(item.draft),
        builtInKey: item.builtInKey,
        contentVersion: item.contentVersion,
        copiedFromId: item.copiedFromId,
        source: item.source,
        sourceHash: item.sourceHash,
        archived: item.archived ? 1 : 0,
        now: item.now,
      });
      item.draft.images.forEach((image, position) => {
        insertImage.run({ id: item.id, position, sha256: image.sha256 });
      });
    },
    updateContent: (id, change) => {
      updateRow.run({
        id,
        kind: change.draft.kind,
        title: change.draft.title,
        body: bodyOf(change.draft),
        contentVersion: change.contentVersion ?? null,
        keepSourceHash: change.sourceHash === undefined ? 1 : 0,
        sourceHash: change.sourceHash ?? null,
        now: change.now,
      });
    },
    setArchived: (id, archived, now) => {
      archiveRow.run({ id, archived: archived ? 1 : 0, now });
    },
    touch: (id, now) => {
      touchRow.run({ id, now });
    },
    replaceImages: (id, refs) => {
      deleteImages.run(id);
      refs.forEach((image, position) => {
        insertImage.run({ id, position, sha256: image.sha256 });
      });
    },
    setNeedsReview: (id, needsReview, now) => {
      reviewRow.run({ id, needsReview: needsReview ? 1 : 0, now });
    },
    allRows: () => all.all().map((raw) => rowSchema.parse(raw)),
  };
}
