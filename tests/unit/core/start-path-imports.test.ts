// What a host loads before its first screen: the PDF engine and the image library are loaded
// with the first document or image (dynamic import()), never by the modules a start runs
// through. Likewise the renderer's lock screens load without the app behind them. Loading pdfkit, fontkit and qrcode at start cost the browser host about a fifth of
// its start-up (they decompress and parse font tables and AES tables as they load).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const repoRoot = path.resolve(import.meta.dirname, '../../..');
const entries = ['electron/browser-host/index.ts', 'electron/main/index.ts'];
/** Packages that take long to load and that the first screen never needs. */
const heavy = ['pdfkit', 'fontkit', 'qrcode', 'sharp', 'pngjs', 'pdfjs-dist'];

/** Specifiers a file imports when it loads: value imports and re-exports, not types. */
function staticImports(file: string): string[] {
  const source = ts.createSourceFile(
    file,
    readFileSync(path.join(repoRoot, file), 'utf8'),
    ts.ScriptTarget.Latest,
  );
  const specs: string[] = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      const bindings = clause?.namedBindings;
      const typeOnly =
        clause !== undefined &&
        (clause.isTypeOnly ||
          (clause.name === undefined &&
            bindings !== undefined &&
            ts.isNamedImports(bindings) &&
            bindings.elements.length > 0 &&
            bindings.elements.every((element) => element.isTypeOnly)));
      if (!typeOnly && ts.isStringLiteral(statement.moduleSpecifier))
        specs.push(statement.moduleSpecifier.text);
    } else if (
      ts.isExportDeclaration(statement) &&
      !statement.isTypeOnly &&
      statement.moduleSpecifier &&
      ts.isStringLiteral(statement.moduleSpecifier)
    ) {
      specs.push(statement.moduleSpecifier.text);
    }
  }
  return specs;
}

function resolveFile(from: string, spec: string): string | null {
  const base = path.posix.join(path.posix.dirname(from), spec).replace(/\.(ts|js)$/, '');
  for (const candidate of [`${base}.ts`, `${base}.tsx`, `${base}/index.ts`]) {
    if (existsSync(path.join(repoRoot, candidate))) return candidate;
  }
  return null;
}

/**
 * Every file and package loaded with `entry`, each with the chain of files that reaches it.
 * `swaps` puts one file in another's place, as a build does (the renderer's message store).
 */
function loadedAtStart(entry: string, swaps: Record<string, string> = {}): Map<string, string> {
  const loaded = new Map<string, string>();
  const visit = (file: string, trail: string[]) => {
    if (loaded.has(file)) return;
    loaded.set(file, trail.join(' → '));
    for (const spec of staticImports(file)) {
      if (spec.startsWith('.')) {
        const found = resolveFile(file, spec);
        const next = found === null ? null : (swaps[found] ?? found);
        if (next) visit(next, [...trail, next]);
        continue;
      }
      const name = spec
        .split('/')
        .slice(0, spec.startsWith('@') ? 2 : 1)
        .join('/');
      if (!loaded.has(name)) loaded.set(name, [...trail, name].join(' → '));
    }
  };
  visit(entry, [entry]);
  return loaded;
}

/** Each heavy package loaded with `entry`, with the chain of files that reaches it. */
function heavyAtStart(entry: string): string[] {
  return [...loadedAtStart(entry)].flatMap(([name, chain]) =>
    heavy.includes(name) ? [chain] : [],
  );
}

describe('start path', () => {
  it.each(entries)('%s loads no PDF or image library before the first document', (entry) => {
    expect(heavyAtStart(entry)).toEqual([]);
  });

  it('the browser host serves the page before the core (contract schemas, database) has loaded', () => {
    const loaded = loadedAtStart('electron/browser-host/index.ts');
    const early = ['electron/core/app-core.ts', 'shared/api.ts', 'zod'].flatMap(
      (name) => loaded.get(name) ?? [],
    );
    expect(early).toEqual([]);
  });

  it('the lock screens load without the app behind them or any language but their own', () => {
    // As electron.vite.config.ts builds the renderer: one language's messages at a time.
    const loaded = loadedAtStart('renderer/src/main.tsx', {
      'shared/i18n/message-store.ts': 'renderer/src/app/message-store.ts',
    });
    const app = [
      'renderer/src/app/App.tsx',
      'renderer/src/features/access/AccessScreens.tsx',
      'react-router',
      'zod',
      '@mantine/dates',
      '@mantine/charts',
      '@mantine/dropzone',
      '@mantine/notifications',
      'pdfjs-dist',
    ];
    expect(app.flatMap((name) => loaded.get(name) ?? [])).toEqual([]);
    const messages = [...loaded.keys()].filter((file) => file.startsWith('shared/i18n/messages/'));
    expect(messages).toEqual([]);
    // The walk reaches what the first screen does need.
    expect(loaded.has('renderer/src/features/access/PassphraseScreen.tsx')).toBe(true);
    expect(loaded.has('@mantine/core')).toBe(true);
  });
});
