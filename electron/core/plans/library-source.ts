// The one place plans read the library: the content an item is copied from when it is
// added to a plan or a plan is started from a template.
import type Database from 'better-sqlite3';
import {
  itemContentSchema,
  type ItemContent,
  type LibraryItem,
} from '../../../shared/domain/library';
import { findLibraryItem } from '../library/library-service';

export interface LibrarySourceItem {
  id: string;
  builtInKey: string | null;
  archived: boolean;
  /** When the library item last changed; a plan item remembers the edit it took or kept. */
  updatedAt: string;
  content: ItemContent;
}

/** The part of a library item that a plan copies (text, photos, default dose). */
function toSource(item: LibraryItem): LibrarySourceItem {
  // Parsing keeps only the content fields (and makes a fresh copy of them).
  const content = itemContentSchema.parse({
    title: item.title,
    summary: item.summary,
    instructions: item.instructions,
    cautions: item.cautions,
    clinicianNotes: item.clinicianNotes,
    images: item.images,
    videoUrl: item.videoUrl,
    kind: item.kind,
    parameters: item.parameters,
    // The item's own text in other languages travels with it, so its sheets print them.
    translations: item.translations,
  });
  return {
    id: item.id,
    builtInKey: item.builtInKey,
    archived: item.archived,
    updatedAt: item.updatedAt,
    content,
  };
}

export function libraryItemById(db: Database.Database, id: string): LibrarySourceItem | null {
  const item = findLibraryItem(db, { id });
  return item ? toSource(item) : null;
}

export function libraryItemByKey(db: Database.Database, key: string): LibrarySourceItem | null {
  const item = findLibraryItem(db, { builtInKey: key });
  return item ? toSource(item) : null;
}

/** The fields of a plan item that come from the library (what "copy at add time" copies). */
export function copyContent(content: ItemContent): ItemContent {
  return structuredClone(content);
}
