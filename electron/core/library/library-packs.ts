// Importing a library pack (a versioned JSON file with the items and their photos embedded;
// written by library-pack-export.ts). The whole file is checked first and nothing changes if
// anything is wrong.
import type { LibraryItemDraft } from '../../../shared/domain/library';
import {
  LIBRARY_PACK_FORMAT,
  LIBRARY_PACK_MAX_BYTES,
  LIBRARY_PACK_VERSION,
  libraryPackSchema,
  type ImportReport,
  type LibraryPack,
  type PackItem,
} from '../../../shared/domain/library-pack';
import type { CoreContext } from '../context';
import { AppError } from '../errors';
import { packImageProblems } from './pack-image-limits';
import { applyImport, type PlannedItem } from './import-apply';
import { runImportJob, throwIfCancelled, type ImportControl } from './import-jobs';
import { fileError, formatMegabytes, ImportErrors, failedReport, rawTitle } from './import-report';
import { acceptImportedImage, mapConcurrent, sha256Of, type PreparedImage } from './library-images';
import { libraryRepository } from './library-repository';
import { draftOf } from './library-service';
import { stableStringify } from '../../../shared/stable-json';

/** Checks the file's envelope before the full schema, so the messages say what is wrong. */
function envelopeError(fileName: string, raw: unknown): string | null {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return `${fileName} is not a Physioplan library pack (it does not hold a pack object).`;
  }
  const record = raw as Record<string, unknown>;
  if (record.format !== LIBRARY_PACK_FORMAT) {
    return `${fileName} is not a Physioplan library pack (its "format" is not "${LIBRARY_PACK_FORMAT}").`;
  }
  const version = record.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return `${fileName} has no valid pack version.`;
  }
  if (version > LIBRARY_PACK_VERSION) {
    return `${fileName} was made by a newer version of Physioplan (pack version ${version}); this app reads version ${LIBRARY_PACK_VERSION}. Update Physioplan to import it.`;
  }
  return null;
}

function itemDraft(item: PackItem): LibraryItemDraft {
  const { id: _id, builtInKey: _key, contentVersion: _version, source: _source, ...draft } = item;
  return draft;
}

export async function importPack(
  ctx: CoreContext,
  fileName: string,
  text: string,
): Promise<ImportReport> {
  return runImportJob(
    ctx.db,
    (control) => importPackNow(ctx, fileName, text, control),
    () => fileError(fileName, 'You cancelled the import. Nothing was changed.'),
  );
}

async function importPackNow(
  ctx: CoreContext,
  fileName: string,
  text: string,
  control: ImportControl,
): Promise<ImportReport> {
  control.progress('reading', 0, 0);
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > LIBRARY_PACK_MAX_BYTES) {
    return fileError(
      fileName,
      `${fileName} is ${formatMegabytes(bytes)}; a library pack can be at most ${formatMegabytes(LIBRARY_PACK_MAX_BYTES)}. Ask for a pack with fewer items.`,
    );
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return fileError(
      fileName,
      `${fileName} is not valid JSON, so it cannot be a library pack (${detail}).`,
    );
  }
  const envelope = envelopeError(fileName, raw);
  if (envelope) return fileError(fileName, envelope);

  control.progress('checking', 0, 0);
  const errors = new ImportErrors();
  const parsed = libraryPackSchema.safeParse(raw);
  if (!parsed.success) {
    const rawItems = (raw as { items?: unknown }).items;
    for (const issue of parsed.error.issues) {
      const [head, index, ...rest] = issue.path;
      if (head === 'items' && typeof index === 'number') {
        const title = Array.isArray(rawItems) ? rawTitle(rawItems[index]) : null;
        errors.addIssues(index, title, [{ ...issue, path: rest }]);
      } else {
        errors.addIssues(null, null, [issue]);
      }
    }
    return failedReport(fileName, errors);
  }
  const pack = parsed.data;

  // Every photo an item names must travel in the pack; ids must be unique.
  const seenIds = new Map<string, number>();
  pack.items.forEach((item, index) => {
    const earlier = seenIds.get(item.id);
    if (earlier !== undefined) {
      errors.add({
        itemIndex: index,
        itemTitle: item.title,
        field: 'id',
        message: `Same id as item ${earlier + 1}.`,
      });
    }
    seenIds.set(item.id, index);
    item.images.forEach((ref, j) => {
      if (!pack.images[ref.sha256]) {
        errors.add({
          itemIndex: index,
          itemTitle: item.title,
          field: `images[${j}]`,
          message: 'This photo is not included in the pack.',
        });
      }
    });
  });
  if (errors.count > 0) return failedReport(fileName, errors);

  // Unused, too many or too large photos are refused before any is decoded.
  for (const problem of await packImageProblems(pack)) {
    errors.add({
      itemIndex: null,
      itemTitle: null,
      field: problem.sha256 === null ? 'images' : `images.${problem.sha256.slice(0, 12)}`,
      message: problem.message,
    });
  }
  if (errors.count > 0) return failedReport(fileName, errors);

  const prepared = await preparePackImages(pack, errors, control);
  if (errors.count > 0) return failedReport(fileName, errors);
  throwIfCancelled(control.signal);

  control.progress('saving', 0, pack.items.length);
  const planned = planPackItems(ctx, pack, prepared);
  return applyImport(
    ctx,
    fileName,
    planned,
    new Map([...prepared.values()].map((p) => [p.ref.sha256, p])),
  );
}

/** Decodes and checks every photo; returns them by the hash the pack used. */
async function preparePackImages(
  pack: LibraryPack,
  errors: ImportErrors,
  control: ImportControl,
): Promise<Map<string, PreparedImage>> {
  const users = new Map<string, { index: number; title: string; field: string }>();
  pack.items.forEach((item, index) =>
    item.images.forEach((ref, j) => {
      if (!users.has(ref.sha256))
        users.set(ref.sha256, { index, title: item.title, field: `images[${j}]` });
    }),
  );
  const entries = Object.entries(pack.images);
  const prepared = new Map<string, PreparedImage>();
  let done = 0;
  await mapConcurrent(entries, 4, async ([sha, image]) => {
    throwIfCancelled(control.signal);
    const user = users.get(sha);
    const where = user
      ? { itemIndex: user.index, itemTitle: user.title, field: user.field }
      : { itemIndex: null, itemTitle: null, field: `images.${sha.slice(0, 12)}` };
    const bytes = Buffer.from(image.dataBase64, 'base64');
    if (sha256Of(bytes) !== sha) {
      errors.add({
        ...where,
        message: 'This photo is damaged: its contents do not match its checksum.',
      });
      return;
    }
    try {
      const photo = await acceptImportedImage(bytes, 'This photo');
      if (photo.ref.mimeType !== image.mimeType && photo.ref.sha256 === sha) {
        errors.add({
          ...where,
          message: `This photo claims to be ${image.mimeType} but is ${photo.ref.mimeType}.`,
        });
        return;
      }
      prepared.set(sha, photo);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      errors.add({ ...where, message: error.message });
    }
    done += 1;
    control.progress('photos', done, entries.length);
  });
  return prepared;
}

function planPackItems(
  ctx: CoreContext,
  pack: LibraryPack,
  prepared: ReadonlyMap<string, PreparedImage>,
): PlannedItem[] {
  const repo = libraryRepository(ctx.db);
  return pack.items.map((item, index): PlannedItem => {
    const base = itemDraft(item);
    // A photo may have been downscaled on the way in: point at what is stored.
    const draft: LibraryItemDraft = {
      ...base,
      images: base.images.map((ref) => prepared.get(ref.sha256)?.ref ?? ref),
    };
    if (item.builtInKey !== null && repo.rowByBuiltInKey(item.builtInKey)) {
      return {
        index,
        title: item.title,
        outcome: 'skipped',
        reason: 'Built-in content: this library already has its own version.',
        id: repo.rowByBuiltInKey(item.builtInKey)?.id ?? null,
      };
    }
    const local = repo.row(item.id);
    if (!local) {
      const sourceTaken = item.source !== null && repo.rowBySource(item.source) !== undefined;
      return {
        index,
        title: item.title,
        outcome: 'added',
        id: item.id,
        draft,
        copiedFromId: null,
        source: sourceTaken ? null : item.source,
        sourceHash: null,
      };
    }
    if (local.built_in_key !== null) {
      return {
        index,
        title: item.title,
        outcome: 'skipped',
        reason: 'Built-in content is never overwritten.',
        id: local.id,
      };
    }
    const current = draftOf(repo.itemFromRow(local));
    if (stableStringify(current) === stableStringify(draft)) {
      return {
        index,
        title: item.title,
        outcome: 'skipped',
        reason: 'Already up to date.',
        id: local.id,
      };
    }
    return { index, title: item.title, outcome: 'updated', id: local.id, draft };
  });
}
