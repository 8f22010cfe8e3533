// Images live in the database, content-addressed by SHA-256 of the stored (downscaled) bytes,
// so one file is the whole clinic record.
import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { loadSharp } from './load-sharp';
import type { ImageRef } from '../../../shared/domain/common';
import { AppError, notFound } from '../errors';
import type { Clock } from '../context';

export interface ImageLimits {
  /** Refuse files larger than this before decoding them. */
  maxBytes: number;
  /** Longest side after downscaling. */
  maxPixels: number;
  /** How the file is named in error messages ("The logo", "Photo 2"). */
  label: string;
}

const ACCEPTED_FORMATS = new Set(['png', 'jpeg', 'webp', 'gif']);

function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Decodes, checks and downscales an image; writes nothing. */
export async function prepareImage(
  bytes: Buffer,
  limits: ImageLimits,
): Promise<{ ref: ImageRef; data: Buffer }> {
  if (bytes.length > limits.maxBytes) {
    throw new AppError(
      'VALIDATION',
      `${limits.label} is ${formatMegabytes(bytes.length)}; the limit is ${formatMegabytes(limits.maxBytes)}. Choose a smaller file.`,
    );
  }
  let format: string | undefined;
  let hasAlpha = false;
  try {
    const meta = await (await loadSharp())(bytes).metadata();
    format = meta.format;
    hasAlpha = meta.hasAlpha;
  } catch {
    format = undefined;
  }
  if (format === undefined || !ACCEPTED_FORMATS.has(format)) {
    throw new AppError(
      'VALIDATION',
      `${limits.label} is not a PNG or JPEG image. Choose a .png or .jpg file.`,
    );
  }
  const keepPng = format === 'png' || hasAlpha;
  const pipeline = (await loadSharp())(bytes)
    .rotate() // apply EXIF orientation before dropping metadata
    .resize({
      width: limits.maxPixels,
      height: limits.maxPixels,
      fit: 'inside',
      withoutEnlargement: true,
    });
  const { data, info } = await (
    keepPng
      ? pipeline.png({ compressionLevel: 9 })
      : pipeline.flatten({ background: '#ffffff' }).jpeg({ quality: 85, mozjpeg: true })
  ).toBuffer({ resolveWithObject: true });
  const sha256 = createHash('sha256').update(data).digest('hex');
  return {
    ref: {
      sha256,
      mimeType: keepPng ? 'image/png' : 'image/jpeg',
      width: info.width,
      height: info.height,
    },
    data,
  };
}

/** Stores a prepared image (idempotent: the same bytes are stored once). */
export function saveImage(
  db: Database.Database,
  clock: Clock,
  image: { ref: ImageRef; data: Buffer },
): ImageRef {
  db.prepare(
    `INSERT OR IGNORE INTO images (sha256, mime_type, width, height, byte_size, data, created_at)
     VALUES (@sha256, @mimeType, @width, @height, @byteSize, @data, @createdAt)`,
  ).run({
    ...image.ref,
    byteSize: image.data.length,
    data: image.data,
    createdAt: clock().toISOString(),
  });
  return image.ref;
}

export function loadImage(
  db: Database.Database,
  sha256: string,
): { mimeType: 'image/png' | 'image/jpeg'; data: Buffer } {
  const row = db.prepare('SELECT mime_type, data FROM images WHERE sha256 = ?').get(sha256) as
    { mime_type: 'image/png' | 'image/jpeg'; data: Buffer } | undefined;
  if (!row) throw notFound('The image');
  return { mimeType: row.mime_type, data: row.data };
}
