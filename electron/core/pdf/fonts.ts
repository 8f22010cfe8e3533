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

let loaded: Record<FontName, FontkitFont> | undefined;

export function pdfFonts(): Record<FontName, FontkitFont> {
  if (!loaded) {
    const dir = findFontsDir();
    const open = (name: FontName) => create(fs.readFileSync(path.join(dir, fontFiles[name])));
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
