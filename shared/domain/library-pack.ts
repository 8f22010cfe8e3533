// Library packs (how clinicians share protocols) and the report every library import returns.
import { z } from 'zod';
import { idSchema, sha256Schema, timestampSchema } from './common';
import { LIBRARY_PACK_MAX_BYTES } from '../byte-limits';
import { libraryItemDraftSchema } from './library';

export const LIBRARY_PACK_FORMAT = 'physioplan.library-pack';
/** Raised when the pack layout changes in a way older apps cannot read. */
export const LIBRARY_PACK_VERSION = 1;
export { LIBRARY_PACK_MAX_BYTES };

export const packItemSchema = z.intersection(
  libraryItemDraftSchema,
  z.object({
    id: idSchema,
    /** Set when the item is built-in content; the receiving app keeps its own version of it. */
    builtInKey: z.string().max(120).nullable(),
    contentVersion: z.int().nonnegative(),
    source: z.string().max(200).nullable(),
  }),
);
export type PackItem = z.infer<typeof packItemSchema>;

export const packImageSchema = z.object({
  mimeType: z.enum(['image/png', 'image/jpeg']),
  dataBase64: z.base64({ message: 'Image data is not valid base64.' }),
});

export const libraryPackSchema = z.object({
  format: z.literal(LIBRARY_PACK_FORMAT, { message: 'This is not a Physioplan library pack.' }),
  version: z.literal(LIBRARY_PACK_VERSION),
  exportedAt: timestampSchema,
  items: z.array(packItemSchema).max(20_000),
  /** Photos by SHA-256 of their bytes; items refer to them by that hash. */
  images: z.record(sha256Schema, packImageSchema),
});
export type LibraryPack = z.infer<typeof libraryPackSchema>;

export const importOutcomes = ['added', 'updated', 'skipped'] as const;

export const importErrorSchema = z.object({
  /** Position of the item in the file (0-based), or null for a problem with the whole file. */
  itemIndex: z.int().nonnegative().nullable(),
  itemTitle: z.string().nullable(),
  /** The field at fault, e.g. "parameters.sets" or "images[0]". */
  field: z.string().nullable(),
  message: z.string(),
});
export type ImportError = z.infer<typeof importErrorSchema>;

export const importReportSchema = z.object({
  /** The file or folder imported, as the clinician named it. */
  source: z.string(),
  /** False when any error was found: then nothing was changed. */
  applied: z.boolean(),
  added: z.int().nonnegative(),
  updated: z.int().nonnegative(),
  skipped: z.int().nonnegative(),
  imagesStored: z.int().nonnegative(),
  items: z.array(
    z.object({
      index: z.int().nonnegative(),
      title: z.string(),
      outcome: z.enum(importOutcomes),
      /** Why an item was skipped (already up to date, edited here, built-in). */
      reason: z.string().nullable(),
      id: idSchema.nullable(),
    }),
  ),
  errors: z.array(importErrorSchema),
  /** Errors beyond the ones listed (a broken file can have thousands). */
  moreErrors: z.int().nonnegative(),
});
export type ImportReport = z.infer<typeof importReportSchema>;

export const importProgressSchema = z.object({
  running: z.boolean(),
  phase: z.enum(['idle', 'reading', 'checking', 'photos', 'saving', 'done', 'cancelled']),
  done: z.int().nonnegative(),
  total: z.int().nonnegative(),
});
export type ImportProgress = z.infer<typeof importProgressSchema>;
