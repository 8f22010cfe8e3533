// The core reads top-down: no import circle anywhere in electron/core or shared/ (type-only
// imports included), no arrow from a domain or db/ up into api/ or the core shell, and db/
// (its shipped migrations aside) below every domain.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { coreDomains } from '../../../eslint.config.js';

const repoRoot = path.resolve(import.meta.dirname, '../../..');
const roots = ['electron/core', 'shared'];

function sourceFiles(folder: string): string[] {
  return readdirSync(path.join(repoRoot, folder)).flatMap((entry) => {
    const relative = path.posix.join(folder, entry);
    if (statSync(path.join(repoRoot, relative)).isDirectory()) return sourceFiles(relative);
    return entry.endsWith('.ts') && !entry.endsWith('.d.ts') ? [relative] : [];
  });
}

/** A relative specifier resolved to a repository file, or null for packages and Node. */
function resolve(from: string, spec: string, known: Set<string>): string | null {
  if (!spec.startsWith('.')) return null;
  const base = path.posix.join(path.posix.dirname(from), spec).replace(/\.(ts|js)$/, '');
  for (const candidate of [`${base}.ts`, `${base}/index.ts`]) {
    if (known.has(candidate)) return candidate;
  }
  return null;
}

/** File → the repository files it imports. */
function importGraph(): Map<string, string[]> {
  const files = roots.flatMap(sourceFiles);
  const known = new Set(files);
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const { importedFiles } = ts.preProcessFile(
      readFileSync(path.join(repoRoot, file), 'utf8'),
      true,
      false,
    );
    graph.set(
      file,
      importedFiles.flatMap(({ fileName }) => resolve(file, fileName, known) ?? []),
    );
  }
  return graph;
}

/** Every circle (Tarjan's strongly connected components with more than one file, or a self-import). */
function circles(graph: Map<string, string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const connect = (node: string): void => {
    index.set(node, counter);
    low.set(node, counter);
    counter += 1;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        connect(next);
        low.set(node, Math.min(low.get(node) ?? 0, low.get(next) ?? 0));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node) ?? 0, index.get(next) ?? 0));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string | undefined;
    do {
      member = stack.pop();
      if (member === undefined) break;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1 || (graph.get(node) ?? []).includes(node))
      found.push(component.sort());
  };
  for (const node of graph.keys()) if (!index.has(node)) connect(node);
  return found;
}

const domains: readonly string[] = coreDomains;
const folderOf = (file: string) => file.split('/')[2] ?? '';

describe('core import graph', () => {
  const graph = importGraph();

  it('reads the files it checks', () => {
    expect(graph.size).toBeGreaterThan(100);
    expect(graph.get('electron/core/api/handlers.ts')).toContain(
      'electron/core/plans/plans-handlers.ts',
    );
  });

  it('finds a circle when there is one', () => {
    const sample = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
    ]);
    expect(circles(sample)).toEqual([['a', 'b', 'c']]);
  });

  it('has no import circle in electron/core or shared/', () => {
    expect(circles(graph)).toEqual([]);
  });

  it('has no arrow from a domain or db/ up into api/ or the core shell', () => {
    const upward = [...graph].flatMap(([file, targets]) =>
      [...domains, 'db'].includes(folderOf(file))
        ? targets
            .filter(
              (target) =>
                target.startsWith('electron/core/api/') ||
                target === 'electron/core/app-core.ts' ||
                target === 'electron/core/startup.ts',
            )
            .map((target) => `${file} → ${target}`)
        : [],
    );
    expect(upward).toEqual([]);
  });

  it("has no domain reading another domain's repository", () => {
    const crossing = [...graph].flatMap(([file, targets]) =>
      domains.includes(folderOf(file))
        ? targets
            .filter(
              (target) =>
                target.endsWith('-repository.ts') &&
                target.startsWith('electron/core/') &&
                folderOf(target) !== folderOf(file),
            )
            .map((target) => `${file} → ${target}`)
        : [],
    );
    expect(crossing).toEqual([]);
  });

  it('keeps db/ below every domain (shipped migrations left as released)', () => {
    const downward = [...graph].flatMap(([file, targets]) =>
      folderOf(file) === 'db' && !file.startsWith('electron/core/db/migrations/')
        ? targets
            .filter((target) => domains.includes(folderOf(target)))
            .map((target) => `${file} → ${target}`)
        : [],
    );
    expect(downward).toEqual([]);
  });
});
