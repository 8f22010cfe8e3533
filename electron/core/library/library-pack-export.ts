// Exporting a library pack: the chosen items with their photos embedded, in a versioned JSON file
// clinicians can share (library-packs.ts imports it).
import type { LibraryItem } from '../../../shared/domain/library';
import {
  LIBRARY_PACK_FORMAT,
  LIBRARY_PACK_MAX_BYTES,
  LIBRARY_PACK_VERSION,
  type LibraryPack,
} from '../../../shared/domain/library-pack';
import { recordAudit } from '../audit/audit-log';
import type { CoreContext } from '../context';
import { AppError, notFound } from '../errors';
import { loadImage } from '../images/image-store';
import { formatMegabytes } from './import-report';
import { libraryRepository } from './library-repository';
import { draftOf } from './library-service';

export interface ExportedPack {
  fileName: string;
  text: string;
  itemCount: number;
  imageCount: number;
}

function slug(text: string): string {
  const s = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);
  return s === '' ? 'item' : s;
}

/** Exports the chosen items, or every item that is not archived. */
export function exportPack(ctx: CoreContext, ids?: readonly string[]): ExportedPack {
  const repo = libraryRepository(ctx.db);
  const items: LibraryItem[] =
    ids === undefined
      ? repo
          .allRows()
          .filter((row) => row.archived === 0)
          .map((row) => repo.itemFromRow(row))
      : [...new Set(ids)].map((id) => {
          const item = repo.item(id);
          if (!item) throw notFound('A selected library item');
          return item;
        });
  if (items.length === 0) {
    throw new AppError('VALIDATION', 'There is nothing to export. Choose at least one item.');
  }
  const images: LibraryPack['images'] = {};
  for (const item of items) {
    for (const ref of item.images) {
      if (images[ref.sha256]) continue;
      const image = loadImage(ctx.db, ref.sha256);
      images[ref.sha256] = { mimeType: image.mimeType, dataBase64: image.data.toString('base64') };
    }
  }
  const pack: LibraryPack = {
    format: LIBRARY_PACK_FORMAT,
    version: LIBRARY_PACK_VERSION,
    exportedAt: ctx.clock().toISOString(),
    items: items.map((item) => ({
      ...draftOf(item),
      id: item.id,
      builtInKey: item.builtInKey,
      contentVersion: item.contentVersion,
      source: item.source,
    })),
    images,
  };
  const text = JSON.stringify(pack, null, 1);
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > LIBRARY_PACK_MAX_BYTES) {
    throw new AppError(
      'VALIDATION',
      `These items make a pack of ${formatMegabytes(bytes)}, over the ${formatMegabytes(LIBRARY_PACK_MAX_BYTES)} limit (mostly photos). Export fewer items at a time.`,
    );
  }
  const day = pack.exportedAt.slice(0, 10);
  const first = items[0];
  const name = items.length === 1 && first ? slug(first.title) : `${items.length}-items`;
  ctx.db.transaction(() => {
    recordAudit(ctx.db, ctx.clock, {
      entity: 'library_item',
      entityId: items.length === 1 && first ? first.id : 'pack',
      action: 'export',
    });
  })();
  return {
    fileName: `physioplan-library-${name}-${day}.json`,
    text,
    itemCount: items.length,
    imageCount: Object.keys(images).length,
  };
}
