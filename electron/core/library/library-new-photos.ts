// Photos chosen in the item editor reach the database only with Save: the editor gets them
// checked and scaled for its preview without anything being stored, and sends them back with
// the item, where they are checked again and stored in the item's own transaction. A
// cancelled edit leaves no image behind.
import type { ImageRef, Upload } from '../../../shared/domain/common';
import { LIBRARY_IMAGE_MAX_BYTES, LIBRARY_IMAGE_MAX_PIXELS } from '../../../shared/domain/library';
import { AppError } from '../errors';
import { prepareImage } from '../images/image-store';
import { acceptImportedImage, type PreparedImage } from './library-images';

/** A photo checked and scaled as it would be stored, for the editor to show until Save. */
export async function preparePhoto(
  upload: Upload,
): Promise<{ image: ImageRef; dataBase64: string }> {
  const bytes = Buffer.from(upload.dataBase64, 'base64');
  if (bytes.length === 0) {
    throw new AppError('VALIDATION', `${upload.fileName} is empty. Choose a PNG or JPEG photo.`, [
      { path: ['upload'], message: 'The file is empty.' },
    ]);
  }
  const prepared = await prepareImage(bytes, {
    maxBytes: LIBRARY_IMAGE_MAX_BYTES,
    maxPixels: LIBRARY_IMAGE_MAX_PIXELS,
    label: `The photo ${upload.fileName}`,
  });
  return { image: prepared.ref, dataBase64: prepared.data.toString('base64') };
}

/**
 * The new photos the draft refers to, decoded and checked again (the renderer is not trusted
 * with image bytes); photos sent but no longer in the draft (removed before Save) are dropped.
 */
export async function acceptNewPhotos(
  images: readonly ImageRef[],
  newPhotos: readonly { sha256: string; dataBase64: string }[],
): Promise<PreparedImage[]> {
  const used = new Map(images.map((image, index) => [image.sha256, index]));
  const accepted: PreparedImage[] = [];
  for (const photo of newPhotos) {
    const index = used.get(photo.sha256);
    if (index === undefined) continue;
    const label = `Photo ${index + 1}`;
    const prepared = await acceptImportedImage(Buffer.from(photo.dataBase64, 'base64'), label);
    if (prepared.ref.sha256 !== photo.sha256) {
      throw new AppError(
        'VALIDATION',
        `${label} changed on its way to be saved. Attach it again.`,
        [{ path: ['draft', 'images', index], message: 'Attach this photo again.' }],
      );
    }
    accepted.push(prepared);
  }
  return accepted;
}
