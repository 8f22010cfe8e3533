// Equipment is one list in the library's filter: built-in content, packs and own items all
// store the library's names ("Wall", never also "Wall for balance").
import { afterEach, describe, expect, it } from 'vitest';
import { normaliseEquipment } from '../../shared/domain/equipment';
import { openTestCore, type TestCore } from '../support/core';
import { draft, openEmptyLibraryCore } from '../support/library';

let core: TestCore | undefined;
afterEach(() => core?.close());

describe('equipment names', () => {
  it('maps other ways of writing a thing to the library name, each once', () => {
    expect(normaliseEquipment(['Wall for balance', 'wall', ' Step  with a rail '])).toEqual([
      'Wall',
      'Step',
    ]);
    expect(normaliseEquipment(['Wall or chair for balance'])).toEqual(['Wall', 'Chair']);
    expect(normaliseEquipment(['Foam roller', ''])).toEqual(['Foam roller']);
  });

  it('gives the built-in library one facet value per thing', async () => {
    const c = (core = openTestCore());
    const { facets } = await c.call('library.search', { query: '', limit: 1 });
    const values = facets.equipment.map((f) => f.value);
    expect(values).toContain('Wall');
    expect(values).toContain('Step');
    expect(values.filter((v) => /^wall/i.test(v))).toEqual(['Wall']);
    expect(values.filter((v) => /^step/i.test(v))).toEqual(['Step']);
    expect(values).toEqual(normaliseEquipment(values));
  });

  it("stores a clinician's own item under the library names", async () => {
    const c = (core = openEmptyLibraryCore());
    const item = await c.call('library.create', {
      draft: draft('Single-leg balance', { equipment: ['wall for balance', 'Balance pad'] }),
    });
    expect(item.equipment).toEqual(['Wall', 'Balance pad']);
  });
});
