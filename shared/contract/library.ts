// The library: search, items and their photos, packs, and imports.
import { z } from 'zod';
import { idSchema, imageRefSchema, sha256Schema, uploadSchema } from '../domain/common';
import {
  LIBRARY_MAX_IMAGES,
  libraryItemDraftSchema,
  libraryItemSchema,
  librarySearchInputSchema,
  librarySearchResultSchema,
} from '../domain/library';
import { importProgressSchema, importReportSchema } from '../domain/library-pack';
import { method } from './define';

const byId = z.object({ id: idSchema });

/** One level of folders under the user's home (the browser host's folder chooser). */
export const folderListingSchema = z.object({
  home: z.string(),
  path: z.string(),
  /** The folder above, or null at the home folder. */
  parent: z.string().nullable(),
  folders: z.array(z.object({ name: z.string(), path: z.string() })),
});
export type FolderListing = z.infer<typeof folderListingSchema>;
/**
 * Photos chosen in the editor travel with Save (as `library.preparePhoto` returned them): the
 * draft's `images` refer to them, and nothing is stored for an edit that is cancelled.
 */
const newPhotosSchema = z
  .array(z.object({ sha256: sha256Schema, dataBase64: z.base64() }))
  .max(LIBRARY_MAX_IMAGES)
  .default([]);

export const libraryMethods = {
  'library.search': method(librarySearchInputSchema, librarySearchResultSchema),
  'library.get': method(byId, libraryItemSchema),
  'library.create': method(
    z.object({ draft: libraryItemDraftSchema, newPhotos: newPhotosSchema }),
    libraryItemSchema,
  ),
  'library.update': method(
    z.object({ id: idSchema, draft: libraryItemDraftSchema, newPhotos: newPhotosSchema }),
    libraryItemSchema,
  ),
  /**
   * "Customise a copy": an editable copy of any item, built-in ones included, linked to it.
   * With a draft, the copy is that draft (the clinician's changes, saved in one step).
   */
  'library.duplicate': method(
    z.object({
      id: idSchema,
      draft: libraryItemDraftSchema.optional(),
      newPhotos: newPhotosSchema,
    }),
    libraryItemSchema,
  ),
  /** Checks and scales a photo for the editor's preview; stores nothing. */
  'library.preparePhoto': method(
    z.object({ upload: uploadSchema }),
    z.object({ image: imageRefSchema, dataBase64: z.string() }),
  ),
  'library.archive': method(byId, libraryItemSchema),
  'library.restore': method(byId, libraryItemSchema),
  /** Clears "needs review" on an imported item once the clinician has checked it. */
  'library.markReviewed': method(byId, libraryItemSchema),
  'library.addImage': method(z.object({ id: idSchema, upload: uploadSchema }), libraryItemSchema),
  'library.removeImage': method(
    z.object({ id: idSchema, sha256: sha256Schema }),
    libraryItemSchema,
  ),
  'library.reorderImages': method(
    z.object({ id: idSchema, sha256s: z.array(sha256Schema).max(12) }),
    libraryItemSchema,
  ),
  /** A small JPEG of a stored photo for lists (the full photo comes from images.get). */
  'library.thumbnail': method(
    z.object({ sha256: sha256Schema, size: z.int().min(32).max(512).default(160) }),
    z.object({ mimeType: z.literal('image/jpeg'), dataBase64: z.string() }),
  ),
  /** Exports the given items (all active items when `ids` is absent) as a pack file's text. */
  'library.exportPack': method(
    z.object({ ids: z.array(idSchema).max(20_000).optional() }),
    z.object({
      fileName: z.string(),
      text: z.string(),
      itemCount: z.int().nonnegative(),
      imageCount: z.int().nonnegative(),
    }),
  ),
  'library.importPack': method(
    // The real size limit is checked by the service so the report can name the file; this
    // only stops absurd payloads at the door.
    z.object({
      fileName: z.string().trim().min(1).max(255),
      text: z.string().max(256 * 1024 * 1024),
    }),
    importReportSchema,
  ),
  'library.importFreeExerciseDb': method(
    z.object({
      folder: z
        .string()
        .trim()
        .min(1, { message: 'Choose the free-exercise-db folder.' })
        .max(4096),
    }),
    importReportSchema,
  ),
  /** Folders inside the home folder (path omitted: the home folder itself). */
  'library.listFolders': method(
    z.object({ path: z.string().trim().min(1).max(4096).optional() }),
    folderListingSchema,
  ),
  /** Progress of the import that is running (polled by the renderer while it waits). */
  'library.importProgress': method(z.object({}), importProgressSchema),
  'library.cancelImport': method(z.object({}), z.object({ cancelled: z.boolean() })),
};
