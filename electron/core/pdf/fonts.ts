// The fonts embedded in every PDF (resources/fonts, DejaVu Sans: Latin, Greek, Cyrillic and the
// symbols clinicians type). Parsed once per process: parsing costs more than a whole sheet.
import fs from 'node:fs';
import path from 'node:path';
import { create, type FontkitFont } from 'fontkit';
import type { CoreContext } from '../context';
import { AppError } from '../errors';
import { defaultResourcesDir } from '../resources';

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

interface GlyphPosition {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
}
interface GlyphRun {
  positions: GlyphPosition[];
}

const LAYOUT_CACHE_SIZE = 20_000;

/**
 * The font with its word shapes remembered across documents. Shaping a word (fontkit's
 * layout) is the costliest step of setting text, and sheets repeat the same words. pdfkit
 * scales the positions of the run it gets in place, so each caller gets its own copy.
 */
function withSharedLayoutCache(font: FontkitFont): FontkitFont {
  const cache = new Map<string, GlyphRun>();
  const layout = (text: string, features?: unknown): unknown => {
    if (features !== undefined) return font.layout(text, features);
    let run = cache.get(text);
    if (!run) {
      run = font.layout(text) as GlyphRun;
      if (cache.size >= LAYOUT_CACHE_SIZE) cache.clear();
      cache.set(text, run);
    }
    const copy = Object.create(Object.getPrototypeOf(run) as object) as GlyphRun;
    Object.assign(copy, run);
    copy.positions = run.positions.map(({ xAdvance, yAdvance, xOffset, yOffset }) => ({
      xAdvance,
      yAdvance,
      xOffset,
      yOffset,
    }));
    return copy;
  };
  return new Proxy(font, {
    get(target, property) {
      if (property === 'layout') return layout;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
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
      return withSharedLayoutCache(create(fs.readFileSync(file)));
    };
    fonts = { regular: open('regular'), bold: open('bold'), italic: open('italic') };
    loaded.set(dir, fonts);
  }
  return fonts;
}

/** Registers the fonts under their names ('regular', 'bold', 'italic') in one document. */
export function registerFonts(doc: PDFKit.PDFDocument, dir?: string): void {
  const fonts = pdfFonts(dir);
  for (const name of Object.keys(fonts) as FontName[]) {
    // pdfkit accepts an already parsed fontkit font (it checks for `layout`); its types only
    // list file sources, hence the cast.
    doc.registerFont(name, fonts[name] as unknown as Buffer);
  }
}
