// Library items: create, edit, customise a copy, archive and restore, and their photos.
// Built-in items are read-only; clinicians change a copy.
import type Database from 'better-sqlite3';
import type { ImageRef, Upload } from '../../../shared/domain/common';
import {
  LIBRARY_IMAGE_MAX_BYTES,
  LIBRARY_IMAGE_MAX_PIXELS,
  LIBRARY_MAX_IMAGES,
  draftOfItem,
  type LibraryItem,
  type LibraryItemDraft,
} from '../../../shared/domain/library';
import { copyOfContent } from '../../../shared/domain/item-translation-stamps';
import { recordAudit } from '../audit/audit-log';
import type { CoreContext } from '../context';
import { AppError, notFound } from '../errors';
import { prepareImage, saveImage } from '../images/image-store';
import type { PreparedImage } from './library-images';
import { libraryRepository, type LibraryRow } from './library-repository';

export function getItem(ctx: CoreContext, id: string): LibraryItem {
  const item = libraryRepository(ctx.db).item(id);
  if (!item) throw notFound('The library item');
  return item;
}

function existingRow(ctx: CoreContext, id: string): LibraryRow {
  const row = libraryRepository(ctx.db).row(id);
  if (!row) throw notFound('The library item');
  return row;
}

function assertEditable(row: LibraryRow): void {
  if (row.built_in_key !== null) {
    throw new AppError(
      'CONFLICT',
      `“${row.title}” is built-in content and can't be changed. Choose “Customise a copy” to make your own version.`,
    );
  }
}

function assertImagesStored(
  ctx: CoreContext,
  images: readonly ImageRef[],
  newPhotos: readonly PreparedImage[] = [],
): void {
  const arriving = new Set(newPhotos.map((p) => p.ref.sha256));
  const missing = new Set(
    libraryRepository(ctx.db)
      .missingImages(images.map((i) => i.sha256))
      .filter((sha) => !arriving.has(sha)),
  );
  if (missing.size === 0) return;
  const issues = images.flatMap((image, index) =>
    missing.has(image.sha256)
      ? [
          {
            path: ['images', index],
            message: 'This photo is not stored in the library. Attach it again.',
          },
        ]
      : [],
  );
  throw new AppError('VALIDATION', 'A photo of this item is missing. Attach it again.', issues);
}

/** Names of the draft fields that differ (for the audit log, which never stores the text). */
function changedFields(before: LibraryItemDraft, after: LibraryItemDraft): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]) as Set<
    keyof LibraryItemDraft
  >;
  return [...keys].filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
}

export function draftOf(item: LibraryItem): LibraryItemDraft {
  return draftOfItem(item);
}

/** Stores the photos that came with a Save (inside the item's transaction). */
function storeNewPhotos(ctx: CoreContext, newPhotos: readonly PreparedImage[]): void {
  for (const photo of newPhotos) saveImage(ctx.db, ctx.clock, photo);
}

export function createItem(
  ctx: CoreContext,
  draft: LibraryItemDraft,
  newPhotos: readonly PreparedImage[] = [],
): LibraryItem {
  assertImagesStored(ctx, draft.images, newPhotos);
  const id = ctx.newId();
  const now = ctx.clock().toISOString();
  ctx.db.transaction(() => {
    storeNewPhotos(ctx, newPhotos);
    libraryRepository(ctx.db).insert({
      id,
      draft,
      builtInKey: null,
      contentVersion: 0,
      copiedFromId: null,
      source: null,
      sourceHash: null,
      archived: false,
      now,
    });
    recordAudit(ctx.db, ctx.clock, { entity: 'library_item', entityId: id, action: 'create' });
  })();
  return getItem(ctx, id);
}

export function updateItem(
  ctx: CoreContext,
  id: string,
  draft: LibraryItemDraft,
  newPhotos: readonly PreparedImage[] = [],
): LibraryItem {
  const row = existingRow(ctx, id);
  assertEditable(row);
  assertImagesStored(ctx, draft.images, newPhotos);
  const repo = libraryRepository(ctx.db);
  const before = draftOf(repo.itemFromRow(row));
  const fields = changedFields(before, draft);
  if (fields.length === 0) return getItem(ctx, id);
  ctx.db.transaction(() => {
    storeNewPhotos(ctx, newPhotos);
    repo.updateContent(id, { draft, now: ctx.clock().toISOString() });
    if (fields.includes('images')) repo.replaceImages(id, draft.images);
    recordAudit(ctx.db, ctx.clock, {
      entity: 'library_item',
      entityId: id,
      action: 'update',
      fields,
    });
  })();
  return getItem(ctx, id);
}

/**
 * "Customise a copy": an own, editable item linked to its original, with the original's
 * content (titled "… (copy)") or with the clinician's edited draft of it.
 */
export function duplicateItem(
  ctx: CoreContext,
  id: string,
  edited?: { draft: LibraryItemDraft; newPhotos: readonly PreparedImage[] },
): LibraryItem {
  const original = getItem(ctx, id);
  const own = draftOf(original);
  const draft = edited?.draft ?? copyOfContent(own);
  if (edited) assertImagesStored(ctx, edited.draft.images, edited.newPhotos);
  const copyId = ctx.newId();
  const now = ctx.clock().toISOString();
  ctx.db.transaction(() => {
    storeNewPhotos(ctx, edited?.newPhotos ?? []);
    libraryRepository(ctx.db).insert({
      id: copyId,
      draft,
      builtInKey: null,
      contentVersion: 0,
      copiedFromId: original.id,
      source: null,
      sourceHash: null,
      archived: false,
      now,
    });
    // A copy of unchecked imported content is just as unchecked.
    if (original.needsReview) libraryRepository(ctx.db).setNeedsReview(copyId, true, now);
    recordAudit(ctx.db, ctx.clock, { entity: 'library_item', entityId: copyId, action: 'create' });
  })();
  return getItem(ctx, copyId);
}

/** Archiving hides an item from search and pickers; plans that use it keep their copy. */
export function setItemArchived(ctx: CoreContext, id: string, archived: boolean): LibraryItem {
  const row = existingRow(ctx, id);
  if ((row.archived === 1) === archived) return getItem(ctx, id);
  ctx.db.transaction(() => {
    libraryRepository(ctx.db).setArchived(id, archived, ctx.clock().toISOString());
    recordAudit(ctx.db, ctx.clock, {
      entity: 'library_item',
      entityId: id,
      action: archived ? 'archive' : 'restore',
    });
  })();
  return getItem(ctx, id);
}

function writeImages(ctx: CoreContext, id: string, images: readonly ImageRef[]): LibraryItem {
  ctx.db.transaction(() => {
    libraryRepository(ctx.db).replaceImages(id, images);
    libraryRepository(ctx.db).touch(id, ctx.clock().toISOString());
    recordAudit(ctx.db, ctx.clock, {
      entity: 'library_item',
      entityId: id,
      action: 'update',
      fields: ['images'],
    });
  })();
  return getItem(ctx, id);
}

export async function addImage(ctx: CoreContext, id: string, upload: Upload): Promise<LibraryItem> {
  const row = existingRow(ctx, id);
  assertEditable(row);
  const current = libraryRepository(ctx.db).images(id);
  if (current.length >= LIBRARY_MAX_IMAGES) {
    throw new AppError(
      'VALIDATION',
      `An item can have at most ${LIBRARY_MAX_IMAGES} photos. Remove one first.`,
      [{ path: ['images'], message: `At most ${LIBRARY_MAX_IMAGES} photos.` }],
    );
  }
  const bytes = Buffer.from(upload.dataBase64, 'base64');
  if (bytes.length === 0) {
    throw new AppError('VALIDATION', `${upload.fileName} is empty. Choose a PNG or JPEG photo.`, [
      { path: ['images'], message: 'The file is empty.' },
    ]);
  }
  let image: Awaited<ReturnType<typeof prepareImage>>;
  try {
    image = await prepareImage(bytes, {
      maxBytes: LIBRARY_IMAGE_MAX_BYTES,
      maxPixels: LIBRARY_IMAGE_MAX_PIXELS,
      label: `The photo ${upload.fileName}`,
    });
  } catch (error) {
    if (error instanceof AppError) {
      throw new AppError(error.code, error.message, [{ path: ['images'], message: error.message }]);
    }
    throw error;
  }
  // Re-read after the await: another call may have changed the photos meanwhile.
  const latest = libraryRepository(ctx.db).images(id);
  if (latest.some((i) => i.sha256 === image.ref.sha256)) return getItem(ctx, id);
  saveImage(ctx.db, ctx.clock, image);
  return writeImages(ctx, id, [...latest, image.ref]);
}

export function removeImage(ctx: CoreContext, id: string, sha256: string): LibraryItem {
  assertEditable(existingRow(ctx, id));
  const current = libraryRepository(ctx.db).images(id);
  if (!current.some((i) => i.sha256 === sha256)) throw notFound('The photo');
  return writeImages(
    ctx,
    id,
    current.filter((i) => i.sha256 !== sha256),
  );
}

export function reorderImages(
  ctx: CoreContext,
  id: string,
  sha256s: readonly string[],
): LibraryItem {
  assertEditable(existingRow(ctx, id));
  const current = libraryRepository(ctx.db).images(id);
  const bySha = new Map(current.map((i) => [i.sha256, i]));
  const reordered = sha256s.flatMap((sha) => {
    const image = bySha.get(sha);
    return image ? [image] : [];
  });
  if (reordered.length !== current.length || new Set(sha256s).size !== current.length) {
    throw new AppError(
      'CONFLICT',
      'The photos of this item changed while you were reordering them. Reload the item and try again.',
    );
  }
  return writeImages(ctx, id, reordered);
}

/**
 * A library item by id or built-in key, archived ones included, or null: how another domain
 * (plans copying an item's content) reads the library without its SQL.
 */
export function findLibraryItem(
  db: Database.Database,
  which: { id: string } | { builtInKey: string },
): LibraryItem | null {
  const repo = libraryRepository(db);
  if ('id' in which) return repo.item(which.id) ?? null;
  const row = repo.rowByBuiltInKey(which.builtInKey);
  return row ? repo.itemFromRow(row) : null;
}
