// The 8-word-run check without the articles: the same normalisation as before, a hash list the
// script writes from any folder of articles, and a damaged list refused rather than read as empty.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRunHashList, runHash, runsOfWords, words } from '../../electron/tools/word-runs';
import { tempDir } from '../support/core';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const script = path.join(repoRoot, 'electron/tools/seed-run-hashes.ts');

const article =
  'Heel pain after running is common. It usually settles when the load is reduced gradually.';

function writeHashes(seeds: string): string {
  const out = path.join(tempDir('seed-hashes-'), 'runs.txt');
  execFileSync(process.execPath, ['--import', 'tsx', script, '--seeds', seeds, '--out', out], {
    cwd: repoRoot,
    stdio: 'pipe',
  });
  return readFileSync(out, 'utf8');
}

describe('8-word runs', () => {
  it('ignores case, punctuation and curly apostrophes', () => {
    expect(words('Don\u2019t RUN—rest; \u2018it\u2019s\u2019 fine.')).toEqual([
      "don't",
      'run',
      'rest',
      "it's",
      'fine',
    ]);
    expect(runsOfWords('one two three four five six seven')).toEqual([]);
    expect(runsOfWords('One, two, three: four five six seven eight nine')).toEqual([
      'one two three four five six seven eight',
      'two three four five six seven eight nine',
    ]);
  });

  it('finds a copied run through the hash list the script writes, and keeps no text', () => {
    const seeds = tempDir('seeds-');
    writeFileSync(path.join(seeds, '001.txt'), article);
    writeFileSync(path.join(seeds, 'notes.md'), 'not an article, never read');
    const text = writeHashes(seeds);
    expect(text).not.toMatch(/heel|running|load/i);

    const list = parseRunHashList(text);
    expect(list.articles).toBe(1);
    expect(list.hashes.size).toBe(runsOfWords(article).length);
    const copied = 'In short, It usually settles when the LOAD is reduced, says the leaflet.';
    expect(runsOfWords(copied).filter((run) => list.hashes.has(runHash(run)))).toEqual([
      'it usually settles when the load is reduced',
    ]);
    const ownWords = 'Running pain at the heel often eases once weekly distance comes down.';
    expect(runsOfWords(ownWords).filter((run) => list.hashes.has(runHash(run)))).toEqual([]);
  });

  it('refuses a folder without articles, and a damaged list', () => {
    expect(() => writeHashes(tempDir('no-seeds-'))).toThrow(/no \.txt articles/);
    const good = `# articles: 1\n# runs: 2\n${runHash('a')}\n${runHash('b')}\n`;
    expect(parseRunHashList(good).hashes.size).toBe(2);
    expect(() => parseRunHashList(good.replace('# runs: 2', '# runs: 3'))).toThrow(/says 3 runs/);
    expect(() => parseRunHashList(`${good}heel pain\n`)).toThrow(/bad line: "heel pain"/);
    expect(() => parseRunHashList('')).toThrow(/no "# runs:" line/);
  });

  it('the repository list covers both source articles', () => {
    const list = parseRunHashList(
      readFileSync(path.join(repoRoot, 'tests/fixtures/seed-article-runs.txt'), 'utf8'),
    );
    expect(list.articles).toBe(2);
    expect(list.hashes.size).toBeGreaterThan(2000);
  });
});
