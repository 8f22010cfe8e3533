// The built-in protocols: valid files, every key in the built-in library, doses that fit
// the item's kind, and the four heel-pain protocols the clinic expects.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtInLibraryFileSchema, type BuiltInItem } from '../../shared/domain/library';
import { itemParametersSchema } from '../../shared/domain/parameters';
import { builtInProtocolFileSchema } from '../../shared/domain/protocol';

const resources = path.resolve(import.meta.dirname, '../../resources');

function jsonFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    // Translation files (library/**/translations, protocols/translations) have formats of their own.
    if (entry.isDirectory()) return entry.name === 'translations' ? [] : jsonFiles(full);
    return entry.name.endsWith('.json') ? [full] : [];
  });
}

const library = new Map<string, BuiltInItem>();
for (const file of jsonFiles(path.join(resources, 'library'))) {
  const parsed = builtInLibraryFileSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
  for (const item of parsed.items) library.set(item.key, item);
}
const protocols = jsonFiles(path.join(resources, 'protocols')).flatMap(
  (file) => builtInProtocolFileSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8'))).protocols,
);

describe('built-in protocols', () => {
  it('include the heel-pain protocols, each with unique keys', () => {
    expect(protocols.map((p) => p.key)).toEqual(
      expect.arrayContaining([
        'protocol.plantar-heel-pain-early',
        'protocol.plantar-heel-pain-later',
        'protocol.achilles-mid-portion',
        'protocol.achilles-insertional',
        'protocol.return-to-run-stress-fracture',
      ]),
    );
    expect(new Set(protocols.map((p) => p.key)).size).toBe(protocols.length);
  });

  it('name only built-in library items, with doses that fit their kind', () => {
    for (const protocol of protocols) {
      for (const phase of protocol.phases) {
        for (const item of phase.items) {
          const source = library.get(item.key);
          expect(source, `${protocol.key}: ${item.key}`).toBeDefined();
          if (!source) continue;
          const dose = itemParametersSchema.safeParse({
            kind: source.kind,
            parameters: { ...source.parameters, ...item.parameters },
          });
          expect(dose.success, `${protocol.key}: ${item.key}`).toBe(true);
        }
      }
    }
  });

  it('have goals and at least five items each', () => {
    for (const protocol of protocols) {
      expect(protocol.goals.length, protocol.key).toBeGreaterThan(0);
      expect(protocol.phases.flatMap((p) => p.items).length, protocol.key).toBeGreaterThanOrEqual(
        5,
      );
    }
  });
});
