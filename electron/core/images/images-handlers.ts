// Contract methods for stored images.
import type { HandlerMap } from '../../../shared/api';
import type { imagesMethods } from '../../../shared/contract/images';
import type { CoreContext } from '../context';
import { loadImage } from './image-store';

export function imagesHandlers(ctx: CoreContext): Pick<HandlerMap, keyof typeof imagesMethods> {
  return {
    'images.get': ({ sha256 }) => {
      const image = loadImage(ctx.db, sha256);
      return { mimeType: image.mimeType, dataBase64: image.data.toString('base64') };
    },
  };
}
