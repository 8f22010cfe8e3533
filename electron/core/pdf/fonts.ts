// The fonts embedded in every PDF (resources/fonts, DejaVu Sans: Latin, Greek, Cyrillic and the
// symbols clinicians type). Parsed once per process: parsing costs more than a whole sheet.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { create, type FontkitFont } from 'fontkit';
import { AppError } from '../errors';

export const fontFiles = {
  regular: 'DejaVuSans.ttf',
  bold: 'DejaVuSans-Bold.ttf',
  italic: 'DejaVuSans-Oblique.ttf',
} as const;
export type FontName = keyof typeof fontFiles;

/**
 * Where resources/fonts is: $PHYSIOPLAN_RESOURCES_DIR, Electron's packaged resources folder,
 * or the checkout (found upwards from this module and from the working directory).
 */
export function findFontsDir(env: NodeJS.ProcessEnv = process.env): string {
  const candidates: string[] = [];
  const fromEnv = env['PHYSIOPLAN_RESOURCES_DIR'];
  if (fromEnv) candidates.push(path.join(fromEnv, 'fonts'));
  const packaged = (process as { resourcesPath?: string }).resourcesPath;
  if (packaged)
    candidates.push(path.join(packaged, 'fonts'), path.join(packaged, 'resources', 'fonts'));
  for (const start of [path.dirname(fileURLToPath(import.meta.url)), process.cwd()]) {
    let dir = start;
    for (let depth = 0; depth < 6; depth += 1) {
      candidates.push(path.join(dir, 'resources', 'fonts'));
      dir = path.dirname(dir);
    }
  }
  const found = candidates.find((dir) => fs.existsSync(path.join(dir, fontFiles.regular)));
  if (!found) {
    throw new AppError(
      'IO',
      'The fonts for printing are missing (resources/fonts). Reinstall Physioplan to restore them.',
    );
  }
  return found;
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

let loaded: Record<FontName, FontkitFont> | undefined;

export function pdfFonts(): Record<FontName, FontkitFont> {
  if (!loaded) {
    const dir = findFontsDir();
    const open = (name: FontName) =>
      withSharedLayoutCache(create(fs.readFileSync(path.join(dir, fontFiles[name]))));
    loaded = { regular: open('regular'), bold: open('bold'), italic: open('italic') };
  }
  return loaded;
}

/** Registers the fonts under their names ('regular', 'bold', 'italic') in one document. */
export function registerFonts(doc: PDFKit.PDFDocument): void {
  const fonts = pdfFonts();
  for (const name of Object.keys(fonts) as FontName[]) {
    // pdfkit accepts an already parsed fontkit font (it checks for `layout`); its types only
    // list file sources, hence the cast.
    doc.registerFont(name, fonts[name] as unknown as Buffer);
  }
}
