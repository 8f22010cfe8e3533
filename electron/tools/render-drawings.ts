// `npm run drawings`: renders every built-in drawing (resources/library/**/drawings/*.svg) to
// the PNG beside it. Run after editing a drawing, and raise the item's contentVersion.
import fs from 'node:fs';
import path from 'node:path';
import { renderDrawing } from '../core/library/built-in-drawings';

const libraryDir = path.resolve(import.meta.dirname, '../../resources/library');

const svgs = fs
  .readdirSync(libraryDir, { recursive: true, encoding: 'utf8' })
  .filter((name) => name.endsWith('.svg') && path.basename(path.dirname(name)) === 'drawings')
  .sort();
let written = 0;
for (const name of svgs) {
  const svgFile = path.join(libraryDir, name);
  const pngFile = svgFile.replace(/\.svg$/, '.png');
  const png = await renderDrawing(fs.readFileSync(svgFile));
  if (!fs.existsSync(pngFile) || !fs.readFileSync(pngFile).equals(png)) {
    fs.writeFileSync(pngFile, png);
    written += 1;
  }
}
console.log(`${svgs.length} drawings, ${written} PNG files written`);
