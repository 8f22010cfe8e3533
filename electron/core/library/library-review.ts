// "Needs review": imported items arrive without cautions, so a clinician checks each one before
// it reaches a patient. Adding one to a plan is fine; issuing or printing a home sheet with it
// is refused (beside the red-flag gate) until the item is marked reviewed.
import type Database from 'better-sqlite3';
import type { LibraryItem } from '../../../shared/domain/library';
import { isHomeKind, type ItemKind } from '../../../shared/domain/parameters';
import { recordAudit } from '../audit/audit-log';
import type { CoreContext } from '../context';
import { AppError, notFound } from '../errors';
import { libraryRepository } from './library-repository';

export function markItemReviewed(ctx: CoreContext, id: string): LibraryItem {
  const repo = libraryRepository(ctx.db);
  const row = repo.row(id);
  if (!row) throw notFound('The library item');
  if (row.needs_review === 1) {
    ctx.db.transaction(() => {
      repo.setNeedsReview(id, false, ctx.clock().toISOString());
      recordAudit(ctx.db, ctx.clock, {
        entity: 'library_item',
        entityId: id,
        action: 'update',
        fields: ['needsReview'],
      });
    })();
  }
  const item = repo.item(id);
  if (!item) throw notFound('The library item');
  return item;
}

interface SheetItem {
  kind: ItemKind;
  title: string;
  sourceItemId: string | null;
}

/** Titles of the home-sheet items whose library item still waits for review. */
export function unreviewedTitles(db: Database.Database, items: readonly SheetItem[]): string[] {
  const ids = [
    ...new Set(
      items.flatMap((i) => (isHomeKind(i.kind) && i.sourceItemId ? [i.sourceItemId] : [])),
    ),
  ];
  if (ids.length === 0) return [];
  const flagged = new Set(
    (
      db
        .prepare(
          'SELECT id FROM library_items WHERE needs_review = 1 AND id IN (SELECT value FROM json_each(?))',
        )
        .all(JSON.stringify(ids)) as { id: string }[]
    ).map((row) => row.id),
  );
  return [
    ...new Set(
      items.filter((i) => i.sourceItemId && flagged.has(i.sourceItemId)).map((i) => i.title),
    ),
  ];
}

/** The review check for issuing a plan and for every home-sheet print. */
export function assertItemsReviewed(
  db: Database.Database,
  items: readonly SheetItem[],
  action: 'issue' | 'print',
): void {
  const titles = unreviewedTitles(db, items);
  if (titles.length === 0) return;
  const names = titles.map((t) => `“${t}”`).join(', ');
  const one = titles.length === 1;
  const message = `${names} ${one ? 'was' : 'were'} imported without cautions and ${one ? 'needs' : 'need'} your review before ${action === 'issue' ? 'this plan is issued' : 'a home sheet is printed'}. Open ${one ? 'it' : 'each'} in the Library, check the steps and add any cautions, then choose “Mark as reviewed”.`;
  throw new AppError('VALIDATION', message, [{ path: ['items'], message }]);
}
