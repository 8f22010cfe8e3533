// The PDF folder reads top-down: no module imports, directly or through others, a module that
// imports it back (a circle makes load order matter and hides which file owns what).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const repoRoot = path.resolve(import.meta.dirname, '../..');

/** Module name → the modules of the same folder it imports (type-only imports included). */
function importsWithin(folder: string): Map<string, string[]> {
  const dir = path.join(repoRoot, folder);
  const names = readdirSync(dir)
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))
    .map((file) => file.slice(0, -'.ts'.length));
  const graph = new Map<string, string[]>();
  for (const name of names) {
    const source = readFileSync(path.join(dir, `${name}.ts`), 'utf8');
    const { importedFiles } = ts.preProcessFile(source, true, false);
    graph.set(
      name,
      importedFiles
        .map((file) => file.fileName)
        .filter((spec) => spec.startsWith('./'))
        .map((spec) => spec.slice(2).replace(/\.(ts|js)$/, ''))
        .filter((target) => names.includes(target)),
    );
  }
  return graph;
}

/** Every circle, as the path of module names that closes it. */
function circles(graph: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const done = new Set<string>();
  const visit = (name: string, trail: string[]) => {
    const at = trail.indexOf(name);
    if (at >= 0) {
      found.push([...trail.slice(at), name]);
      return;
    }
    if (done.has(name)) return;
    for (const next of graph.get(name) ?? []) visit(next, [...trail, name]);
    done.add(name);
  };
  for (const name of graph.keys()) visit(name, []);
  return found;
}

describe('module order', () => {
  it('finds a circle when there is one', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
    ]);
    expect(circles(graph)).toEqual([['a', 'b', 'c', 'a']]);
  });

  it('electron/core/pdf has no import circles', () => {
    const graph = importsWithin('electron/core/pdf');
    expect(graph.get('visit-summary')).toContain('visit-summary-progress');
    expect(circles(graph).map((circle) => circle.join(' → '))).toEqual([]);
  });
});
