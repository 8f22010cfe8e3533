// The fonts embedded in every PDF (resources/fonts, DejaVu Sans: Latin, Greek, Cyrillic and the
// symbols clinicians type). Parsed once per process: parsing costs more than a whole sheet.
import fs from 'node:fs';
import path from 'node:path';
import { create, type FontkitFont, type FontkitSubset } from 'fontkit';
import type { CoreContext } from '../context';
import { AppError } from '../errors';
import { defaultResourcesDir } from '../resources';
import { shareFontMeasures } from './font-measures';

const fontFiles = {
  regular: 'DejaVuSans-Regular.ttf',
  bold: 'DejaVuSans-Bold.ttf',
  italic: 'DejaVuSans-Oblique.ttf',
} as const;
export type FontName = keyof typeof fontFiles;

/** resources/fonts of the running app (see resources.ts for how it is found). */
function defaultFontsDir(): string {
  return path.join(defaultResourcesDir(), 'fonts');
}

/** The fonts folder of a core: its own resources (tests, packaged app) or the default. */
export function fontsDirOf(ctx: Pick<CoreContext, 'resourcesDir'>): string {
  return ctx.resourcesDir === undefined ? defaultFontsDir() : path.join(ctx.resourcesDir, 'fonts');
}

/**
 * The font with its subset files remembered across documents (word shapes and widths are
 * shared by font-measures.ts).
 */
function withSubsetCache(font: FontkitFont): FontkitFont {
  const subsets = new Map<string, Uint8Array>();
  const createSubset = () => withEncodeCache(font.createSubset(), subsets);
  return new Proxy(font, {
    get(target, property) {
      if (property === 'createSubset') return createSubset;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

const SUBSET_CACHE_SIZE = 64;

/**
 * Writing a document's font subset (the glyphs it uses) is the costliest step of finishing it,
 * and the same sheet is often printed again (preview, then print; the same programme for the
 * next patient). The subset file depends only on the glyphs and their order, so it is kept.
 */
function withEncodeCache(subset: FontkitSubset, cache: Map<string, Uint8Array>): FontkitSubset {
  const encode = subset.encode.bind(subset);
  subset.encode = () => {
    const key = subset.glyphs.join(',');
    let file = cache.get(key);
    if (!file) {
      file = encode();
      if (cache.size >= SUBSET_CACHE_SIZE) cache.delete(cache.keys().next().value ?? '');
      cache.set(key, file);
    }
    return file;
  };
  return subset;
}

type PdfFonts = Record<FontName, FontkitFont>;
const loaded = new Map<string, PdfFonts>();

/** The parsed fonts of a fonts folder, read once per process. */
function pdfFonts(dir: string = defaultFontsDir()): PdfFonts {
  let fonts = loaded.get(dir);
  if (!fonts) {
    const open = (name: FontName) => {
      const file = path.join(dir, fontFiles[name]);
      if (!fs.existsSync(file)) {
        throw new AppError(
          'IO',
          `The fonts for printing are missing (${fontFiles[name]} in ${dir}). Reinstall Physioplan to restore them.`,
        );
      }
      return withSubsetCache(create(fs.readFileSync(file)));
    };
    fonts = { regular: open('regular'), bold: open('bold'), italic: open('italic') };
    loaded.set(dir, fonts);
  }
  return fonts;
}

/** Which fonts folder a document's fonts came from: measurements are only shared within one. */
const fontSets = new WeakMap<PDFKit.PDFDocument, string>();

export function fontSetOf(doc: PDFKit.PDFDocument): string {
  return fontSets.get(doc) ?? '';
}

/** Registers the fonts under their names ('regular', 'bold', 'italic') in one document. */
export function registerFonts(doc: PDFKit.PDFDocument, dir?: string): void {
  const fonts = pdfFonts(dir);
  fontSets.set(doc, dir ?? defaultFontsDir());
  for (const name of Object.keys(fonts) as FontName[]) {
    // pdfkit accepts an already parsed fontkit font (it checks for `layout`); its types only
    // list file sources, hence the cast.
    doc.registerFont(name, fonts[name] as unknown as Buffer);
  }
  shareFontMeasures(doc);
}
