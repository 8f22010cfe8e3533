// Contract methods for the library.
import type { libraryMethods } from '../../../shared/contract/library';
import { unreadableNotice } from '../../../shared/domain/common';
import type { HandlerMap } from '../../../shared/api';
import type { CoreContext } from '../context';
import { listFolders } from './folder-browser';
import { importFreeExerciseDb } from './free-exercise-db';
import { cancelImport, importProgress } from './import-jobs';
import { thumbnailOf } from './library-images';
import { exportPack } from './library-pack-export';
import { importPack } from './library-packs';
import { markItemReviewed } from './library-review';
import { acceptNewPhotos, preparePhoto } from './library-new-photos';
import { searchLibrary } from './library-search';
import {
  addImage,
  createItem,
  duplicateItem,
  getItem,
  removeImage,
  reorderImages,
  setItemArchived,
  updateItem,
} from './library-service';

export function libraryHandlers(ctx: CoreContext): Pick<HandlerMap, keyof typeof libraryMethods> {
  // Searches run per keystroke: a change in how many items are unreadable is logged once.
  let loggedUnreadable = 0;
  return {
    'library.search': (query) => {
      const result = searchLibrary(ctx.db, query);
      if (result.unreadable !== loggedUnreadable) {
        loggedUnreadable = result.unreadable;
        if (result.unreadable > 0)
          ctx.log.error(
            `${unreadableNotice(result.unreadable)} in the library and ${result.unreadable === 1 ? 'is' : 'are'} left out of every search`,
          );
      }
      return result;
    },
    'library.get': ({ id }) => getItem(ctx, id),
    'library.create': async ({ draft, newPhotos }) =>
      createItem(ctx, draft, await acceptNewPhotos(draft.images, newPhotos)),
    'library.update': async ({ id, draft, newPhotos }) =>
      updateItem(ctx, id, draft, await acceptNewPhotos(draft.images, newPhotos)),
    'library.duplicate': async ({ id, draft, newPhotos }) =>
      duplicateItem(
        ctx,
        id,
        draft && { draft, newPhotos: await acceptNewPhotos(draft.images, newPhotos) },
      ),
    'library.preparePhoto': ({ upload }) => preparePhoto(upload),
    'library.archive': ({ id }) => setItemArchived(ctx, id, true),
    'library.restore': ({ id }) => setItemArchived(ctx, id, false),
    'library.markReviewed': ({ id }) => markItemReviewed(ctx, id),
    'library.addImage': ({ id, upload }) => addImage(ctx, id, upload),
    'library.removeImage': ({ id, sha256 }) => removeImage(ctx, id, sha256),
    'library.reorderImages': ({ id, sha256s }) => reorderImages(ctx, id, sha256s),
    'library.thumbnail': async ({ sha256, size }) => ({
      mimeType: 'image/jpeg' as const,
      dataBase64: (await thumbnailOf(ctx.db, sha256, size)).toString('base64'),
    }),
    'library.exportPack': ({ ids }) => exportPack(ctx, ids),
    'library.importPack': ({ fileName, text }) => importPack(ctx, fileName, text),
    'library.importFreeExerciseDb': ({ folder }) => importFreeExerciseDb(ctx, folder),
    'library.listFolders': ({ path }) => listFolders(path),
    'library.importProgress': () => importProgress(ctx.db),
    'library.cancelImport': () => ({ cancelled: cancelImport(ctx.db) }),
  };
}
