// Photos that arrive in bulk (packs, free-exercise-db): checked by decoding, stored as they are
// when already small enough PNG/JPEG (fast, and the hash stays stable across re-imports),
// otherwise downscaled like a photo a clinician attaches.
import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import type sharp from 'sharp';
import { loadSharp } from '../images/load-sharp';
import type { ImageRef } from '../../../shared/domain/common';
import { LIBRARY_IMAGE_MAX_BYTES, LIBRARY_IMAGE_MAX_PIXELS } from '../../../shared/domain/library';
import { AppError } from '../errors';
import { loadImage, prepareImage } from '../images/image-store';
import { PACK_IMAGE_MAX_INPUT_PIXELS } from './pack-image-limits';

export interface PreparedImage {
  ref: ImageRef;
  data: Buffer;
}

export function sha256Of(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Throws a VALIDATION AppError naming `label` when the bytes are not a usable PNG or JPEG. */
export async function acceptImportedImage(bytes: Buffer, label: string): Promise<PreparedImage> {
  const limits = { maxBytes: LIBRARY_IMAGE_MAX_BYTES, maxPixels: LIBRARY_IMAGE_MAX_PIXELS, label };
  if (bytes.length === 0) throw new AppError('VALIDATION', `${label} is an empty file.`);
  let meta: sharp.Metadata | undefined;
  try {
    // failOn 'truncated' also catches a cut-off download, which the header alone would not.
    meta = await (
      await loadSharp()
    )(bytes, {
      failOn: 'truncated',
      limitInputPixels: PACK_IMAGE_MAX_INPUT_PIXELS,
    }).metadata();
    await (
      await loadSharp()
    )(bytes, { failOn: 'truncated', limitInputPixels: PACK_IMAGE_MAX_INPUT_PIXELS })
      .resize(8, 8, { fit: 'inside' })
      .raw()
      .toBuffer();
  } catch {
    throw new AppError(
      'VALIDATION',
      `${label} is not a PNG or JPEG image (or the file is damaged).`,
    );
  }
  const format = meta.format;
  if (
    (format === 'jpeg' || format === 'png') &&
    bytes.length <= limits.maxBytes &&
    meta.width <= limits.maxPixels &&
    meta.height <= limits.maxPixels &&
    (meta.orientation ?? 1) === 1
  ) {
    return {
      ref: {
        sha256: sha256Of(bytes),
        mimeType: format === 'png' ? 'image/png' : 'image/jpeg',
        width: meta.width,
        height: meta.height,
      },
      data: bytes,
    };
  }
  return prepareImage(bytes, limits);
}

/** Runs `work` over `inputs` with a few in flight at once (sharp decodes on its own threads). */
export async function mapConcurrent<T, R>(
  inputs: readonly T[],
  concurrency: number,
  work: (input: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(inputs.length);
  let next = 0;
  const worker = async () => {
    while (next < inputs.length) {
      const index = next;
      next += 1;
      results[index] = await work(inputs[index] as T, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, inputs.length) }, worker));
  return results;
}

const THUMBNAIL_CACHE_SIZE = 500;
const thumbnails = new Map<string, Buffer>();

/** A small JPEG for list rows, kept in a small least-recently-used cache. */
export async function thumbnailOf(
  db: Database.Database,
  sha256: string,
  size: number,
): Promise<Buffer> {
  const key = `${sha256}:${size}`;
  const cached = thumbnails.get(key);
  if (cached) {
    thumbnails.delete(key);
    thumbnails.set(key, cached);
    return cached;
  }
  const image = loadImage(db, sha256);
  const data = await (
    await loadSharp()
  )(image.data)
    .resize(size, size, { fit: 'cover' })
    .flatten({ background: '#ffffff' })
    .jpeg({ quality: 80 })
    .toBuffer();
  thumbnails.set(key, data);
  if (thumbnails.size > THUMBNAIL_CACHE_SIZE) {
    const oldest = thumbnails.keys().next();
    if (!oldest.done) thumbnails.delete(oldest.value);
  }
  return data;
}
