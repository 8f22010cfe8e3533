// Checks on a library pack's photos that cost no decoding: every photo must be used by an
// item, and the count and pixel sizes (read from the file headers) stay within caps, so a
// hostile pack cannot spend minutes and gigabytes decoding pictures nobody asked for.
import { loadSharp } from '../images/load-sharp';
import type { LibraryPack } from '../../../shared/domain/library-pack';

/** More than any real pack needs (the largest built-in protocol has a few dozen). */
export const PACK_MAX_IMAGES = 400;
/** A 40-megapixel photo is a high-end phone camera's; larger ones are refused unread. */
export const PACK_IMAGE_MAX_INPUT_PIXELS = 40_000_000;
/** All photos of one pack together. */
export const PACK_MAX_TOTAL_PIXELS = 2_000_000_000;

export interface PackImageProblem {
  sha256: string | null;
  message: string;
}

function megapixels(pixels: number): string {
  return `${Math.round(pixels / 1_000_000)} megapixels`;
}

/** What is wrong with the pack's photos before any of them is decoded (empty when fine). */
export async function packImageProblems(pack: LibraryPack): Promise<PackImageProblem[]> {
  const used = new Set(pack.items.flatMap((item) => item.images.map((ref) => ref.sha256)));
  const entries = Object.entries(pack.images);
  const problems: PackImageProblem[] = entries
    .filter(([sha]) => !used.has(sha))
    .map(([sha]) => ({
      sha256: sha,
      message: 'This photo is not used by any item in the pack. Remove it from the pack.',
    }));
  if (entries.length > PACK_MAX_IMAGES) {
    problems.push({
      sha256: null,
      message: `The pack has ${entries.length} photos; a pack can have at most ${PACK_MAX_IMAGES}.`,
    });
  }
  if (problems.length > 0) return problems;
  let total = 0;
  for (const [sha, image] of entries) {
    let pixels = 0;
    try {
      // Reads the header only: width and height, no pixel data.
      const meta = await (await loadSharp())(Buffer.from(image.dataBase64, 'base64')).metadata();
      pixels = meta.width * meta.height;
    } catch {
      continue; // Not an image at all: the full check names it.
    }
    total += pixels;
    if (pixels > PACK_IMAGE_MAX_INPUT_PIXELS) {
      problems.push({
        sha256: sha,
        message: `This photo is ${megapixels(pixels)}; a photo in a pack can be at most ${megapixels(PACK_IMAGE_MAX_INPUT_PIXELS)}. Make it smaller first.`,
      });
    }
  }
  if (problems.length === 0 && total > PACK_MAX_TOTAL_PIXELS) {
    problems.push({
      sha256: null,
      message: `The photos in the pack add up to ${megapixels(total)}; a pack can hold at most ${megapixels(PACK_MAX_TOTAL_PIXELS)}. Make the photos smaller.`,
    });
  }
  return problems;
}
