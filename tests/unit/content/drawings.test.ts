// Every built-in exercise, taping and orthosis item has its own small SVG line drawing, and
// the PNG the app stores is that SVG as rendered now (re-run `npm run drawings` after edits).
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import {
  DRAWING_WIDTH_PX,
  drawingPaths,
  renderDrawing,
} from '../../../electron/core/library/built-in-drawings';
import { builtInItems, isDosedHomeItem, resourcesDir } from '../../support/built-in-items';

const contentFile = path.join(resourcesDir, 'library/heel-pain/exercise.json');
const items = builtInItems().filter(isDosedHomeItem);

describe('built-in drawings', () => {
  it('cover every exercise, taping and orthosis item', () => {
    expect(items.length).toBeGreaterThanOrEqual(49);
    const missing = items.filter((i) => !fs.existsSync(drawingPaths(contentFile, i.key).svg));
    expect(missing.map((i) => i.key)).toEqual([]);
  });

  it.each(items.map((item) => [item.key] as const))(
    '%s: a small, self-contained SVG rendered to the stored PNG',
    async (key) => {
      const { svg, png } = drawingPaths(contentFile, key);
      const source = fs.readFileSync(svg);
      expect(source.length).toBeLessThan(4096);
      // Our own drawing: no embedded pictures, fonts or links to anything outside the file.
      expect(source.toString('utf8')).not.toMatch(/<image|<text|href="(?!#)|@import|url\((?!#)/);
      const stored = fs.readFileSync(png);
      const meta = await sharp(stored).metadata();
      expect(meta).toMatchObject({ format: 'png', width: DRAWING_WIDTH_PX });
      expect(stored.equals(await renderDrawing(source)), 'run npm run drawings').toBe(true);
    },
  );
});
