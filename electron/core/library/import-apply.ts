// The write step shared by library imports: after everything was checked and the photos
// prepared, all changes go in one transaction (all or nothing).
import type { LibraryItemDraft } from '../../../shared/domain/library';
import type { ImportReport } from '../../../shared/domain/library-pack';
import { recordAudit } from '../audit/audit-log';
import type { CoreContext } from '../context';
import { saveImage } from '../images/image-store';
import type { PreparedImage } from './library-images';
import { libraryRepository } from './library-repository';

export type PlannedItem =
  | { index: number; title: string; outcome: 'skipped'; reason: string; id: string | null }
  | {
      index: number;
      title: string;
      outcome: 'added';
      id: string;
      draft: LibraryItemDraft;
      copiedFromId: string | null;
      source: string | null;
      sourceHash: string | null;
      /** Content arrives without cautions (free-exercise-db): a clinician reviews it first. */
      needsReview?: boolean;
    }
  | {
      index: number;
      title: string;
      outcome: 'updated';
      id: string;
      draft: LibraryItemDraft;
      sourceHash?: string | null;
      needsReview?: boolean;
    };

export function applyImport(
  ctx: CoreContext,
  source: string,
  planned: readonly PlannedItem[],
  images: ReadonlyMap<string, PreparedImage>,
): ImportReport {
  const repo = libraryRepository(ctx.db);
  const now = ctx.clock().toISOString();
  const needed = new Set<string>();
  for (const item of planned) {
    if (item.outcome !== 'skipped') for (const image of item.draft.images) needed.add(image.sha256);
  }
  let imagesStored = 0;
  ctx.db.transaction(() => {
    const missing = new Set(repo.missingImages([...needed]));
    for (const sha of needed) {
      const image = images.get(sha);
      if (image && missing.has(sha)) {
        saveImage(ctx.db, ctx.clock, image);
        imagesStored += 1;
      }
    }
    for (const item of planned) {
      switch (item.outcome) {
        case 'skipped':
          continue;
        case 'added':
          repo.insert({
            id: item.id,
            draft: item.draft,
            builtInKey: null,
            contentVersion: 0,
            copiedFromId: item.copiedFromId,
            source: item.source,
            sourceHash: item.sourceHash,
            archived: false,
            now,
          });
          break;
        case 'updated':
          repo.updateContent(item.id, {
            draft: item.draft,
            now,
            ...(item.sourceHash === undefined ? {} : { sourceHash: item.sourceHash }),
          });
          repo.replaceImages(item.id, item.draft.images);
          break;
        default: {
          const unreachable: never = item;
          throw new Error(`Unknown import outcome ${String(unreachable)}`);
        }
      }
      // New content from the source is unchecked again, even if an earlier copy was reviewed.
      if (item.needsReview === true) repo.setNeedsReview(item.id, true, now);
      recordAudit(ctx.db, ctx.clock, {
        entity: 'library_item',
        entityId: item.id,
        action: 'import',
      });
    }
  })();
  const count = (outcome: PlannedItem['outcome']) =>
    planned.filter((p) => p.outcome === outcome).length;
  return {
    source,
    applied: true,
    added: count('added'),
    updated: count('updated'),
    skipped: count('skipped'),
    imagesStored,
    items: planned.map((p) => ({
      index: p.index,
      title: p.title,
      outcome: p.outcome,
      reason: p.outcome === 'skipped' ? p.reason : null,
      id: p.id,
    })),
    errors: [],
    moreErrors: 0,
  };
}
