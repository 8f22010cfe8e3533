// Runs of eight words, and the hash list that lets the content test check the built-in library
// against the two source articles without the repository holding a sentence of them.
import { createHash } from 'node:crypto';

/** Content may share shorter phrases with the articles ("plantar fascia" is a name), not this. */
export const RUN_LENGTH = 8;

/** Lower-case words; curly apostrophes count as straight ones and edge apostrophes are dropped. */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .split(/[^a-z0-9']+/)
    .map((word) => word.replace(/^'+|'+$/g, ''))
    .filter((word) => word.length > 0);
}

/** Every run of RUN_LENGTH consecutive words, joined by single spaces. */
export function runsOfWords(text: string): string[] {
  const list = words(text);
  const runs: string[] = [];
  for (let i = 0; i + RUN_LENGTH <= list.length; i++)
    runs.push(list.slice(i, i + RUN_LENGTH).join(' '));
  return runs;
}

/** 64 bits of SHA-256: collisions among a few thousand runs are out of reach, text is not kept. */
export function runHash(run: string): string {
  return createHash('sha256').update(run, 'utf8').digest('hex').slice(0, 16);
}

export interface RunHashList {
  articles: number;
  hashes: Set<string>;
}

/** The list file: a few '#' lines saying what it is, then one hash a line, sorted. */
export function formatRunHashList(articleTexts: readonly string[]): string {
  const hashes = [...new Set(articleTexts.flatMap(runsOfWords).map(runHash))].sort();
  return [
    '# Hashes of every run of 8 words in the source articles (shared/seeds), for the',
    '# built-in content test. Written by `npm run seeds:hashes`; do not edit by hand.',
    `# articles: ${articleTexts.length}`,
    `# runs: ${hashes.length}`,
    ...hashes,
    '',
  ].join('\n');
}

/** Reads a list written by formatRunHashList; a damaged list is an error, never an empty set. */
export function parseRunHashList(text: string): RunHashList {
  const header = (name: string) => {
    const match = new RegExp(`^# ${name}: (\\d+)$`, 'm').exec(text);
    if (!match?.[1]) throw new Error(`The seed run hash list has no "# ${name}:" line.`);
    return Number(match[1]);
  };
  const lines = text.split('\n').filter((line) => line !== '' && !line.startsWith('#'));
  const bad = lines.find((line) => !/^[0-9a-f]{16}$/.test(line));
  if (bad !== undefined) throw new Error(`The seed run hash list has a bad line: "${bad}".`);
  const hashes = new Set(lines);
  const runs = header('runs');
  if (hashes.size !== runs || lines.length !== runs)
    throw new Error(`The seed run hash list says ${runs} runs but holds ${lines.length}.`);
  return { articles: header('articles'), hashes };
}
