// npm run seeds:hashes: reads the source articles from shared/seeds beside the checkout (or
// beside a parent of it, for worktrees) or from --seeds DIR, and writes their 8-word run hashes
// to tests/fixtures/seed-article-runs.txt. Run it when the articles change.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatRunHashList } from './word-runs';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const seedRunHashesFile = path.join(repoRoot, 'tests/fixtures/seed-article-runs.txt');

function findSeedsDir(): string | null {
  let dir = path.dirname(repoRoot);
  for (;;) {
    const candidate = path.join(dir, 'shared', 'seeds');
    if (existsSync(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/** The articles' texts, in file-name order; throws when there are none. */
function readArticles(seedsDir: string): string[] {
  const files = readdirSync(seedsDir)
    .filter((name) => name.endsWith('.txt'))
    .sort();
  if (files.length === 0) throw new Error(`There are no .txt articles in ${seedsDir}.`);
  return files.map((name) => readFileSync(path.join(seedsDir, name), 'utf8'));
}

function main(): number {
  const { values } = parseArgs({ options: { seeds: { type: 'string' }, out: { type: 'string' } } });
  const seedsDir = values.seeds ?? findSeedsDir();
  if (seedsDir === null) {
    console.error(
      'The source articles were not found: pass --seeds DIR, or put shared/seeds beside the checkout.',
    );
    return 2;
  }
  const out = values.out ?? seedRunHashesFile;
  let articles: string[];
  try {
    articles = readArticles(seedsDir);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 1;
  }
  writeFileSync(out, formatRunHashList(articles));
  console.log(`Wrote ${out} from ${seedsDir}.`);
  return 0;
}

process.exitCode = main();
