// An item's own text in other languages: kept through every way an item is saved, copied,
// shared and put in a plan; and the built-in items' translation files loaded at start-up.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readBuiltInContent } from '../../electron/core/library/built-in-content';
import {
  englishFingerprint,
  itemTextIn,
  type ItemTranslations,
} from '../../shared/domain/item-translations';
import { draftOfItem } from '../../shared/domain/library';
import { openTestCore, tempDir, type TestCore } from '../support/core';
import { draft, fixturesDir, openEmptyLibraryCore } from '../support/library';
import { patientAna } from '../support/plan-fixtures';

let cores: TestCore[] = [];
afterEach(() => {
  for (const core of cores) core.close();
  cores = [];
});
const open = (core: TestCore) => {
  cores.push(core);
  return core;
};

const english = draft('Calf raise on a step', {
  summary: 'Rise onto the toes and lower slowly.',
  instructions: ['Stand on a step.', 'Rise for 2 seconds, lower for 3 seconds.'],
  cautions: ['Stop if the pain goes above 5 out of 10.'],
});

function spanish(fingerprint: string): ItemTranslations {
  return {
    es: {
      title: 'Elevación de talones en un escalón',
      summary: 'Sube de puntillas y baja despacio.',
      instructions: ['Ponte de pie en un escalón.', 'Sube en 2 segundos, baja en 3 segundos.'],
      cautions: ['Para si el dolor pasa de 5 sobre 10.'],
      parameters: {},
      sourceFingerprint: fingerprint,
    },
  };
}

describe('an own item with Spanish text', () => {
  it('keeps it through create, update, copy, pack export and import, and into a plan', async () => {
    const core = open(openEmptyLibraryCore());
    const translations = spanish(englishFingerprint(english));
    const created = await core.call('library.create', { draft: { ...english, translations } });
    expect(created.translations).toEqual(translations);
    expect(itemTextIn(created, 'es').status).toBe('translated');

    // Editing the English keeps the Spanish, which is now out of date.
    const edited = await core.call('library.update', {
      id: created.id,
      draft: { ...draftOfItem(created), instructions: ['Stand on a low step.'] },
    });
    expect(edited.translations).toEqual(translations);
    expect(itemTextIn(edited, 'es').status).toBe('outdated');

    const copy = await core.call('library.duplicate', { id: created.id });
    expect(copy.translations).toEqual(translations);

    const pack = await core.call('library.exportPack', { ids: [created.id] });
    const other = open(openEmptyLibraryCore(tempDir(), 'other'));
    await other.call('library.importPack', { fileName: 'pack.json', text: pack.text });
    const [imported] = (await other.call('library.search', { query: 'calf raise' })).items;
    const importedItem = await other.call('library.get', { id: imported?.id ?? '' });
    expect(importedItem.translations).toEqual(translations);

    const patient = await core.call('patients.create', { patient: patientAna });
    const plan = await core.call('plans.create', { patientId: patient.id, title: 'Heel pain' });
    const { plan: withItem } = await core.call('plans.addItem', {
      planId: plan.id,
      revision: plan.revision,
      phaseId: plan.phases[0]?.id ?? '',
      libraryItemId: edited.id,
    });
    expect(withItem.phases[0]?.items[0]?.translations).toEqual(translations);
  });

  it('removing the Spanish text leaves the item English only', async () => {
    const core = open(openEmptyLibraryCore());
    const created = await core.call('library.create', {
      draft: { ...english, translations: spanish(englishFingerprint(english)) },
    });
    const { translations: _es, ...withoutSpanish } = draftOfItem(created);
    const updated = await core.call('library.update', { id: created.id, draft: withoutSpanish });
    expect(updated.translations).toBeUndefined();
    expect(itemTextIn(updated, 'es').status).toBe('missing');
  });
});

/** A copy of the v1 fixture resources, with translation files written into it. */
function resourcesWith(files: Record<string, unknown>): string {
  const dir = path.join(tempDir('physioplan-resources-'), 'resources');
  fs.cpSync(path.join(fixturesDir, 'resources-v1'), dir, { recursive: true });
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dir, 'library/heel-pain/translations', name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, JSON.stringify(content));
  }
  return dir;
}

const heelDropIn = (language: string, contentVersion: number, title: string) => ({
  format: 'physioplan.builtin-library-translation',
  language,
  items: {
    'exercise.fixture-heel-drop': {
      contentVersion,
      title,
      summary: `${title}: resumen`,
      instructions: ['Uno.', 'Dos.'],
      cautions: [],
    },
  },
});

describe('built-in translations', () => {
  it('attaches the entries for the current content version, stamped with the English fingerprint; a stale entry is left out', () => {
    const dir = resourcesWith({
      'es/exercise.json': heelDropIn('es', 1, 'Descenso excéntrico'),
      'de/exercise.json': heelDropIn('de', 2, 'Exzentrisches Absenken'),
    });
    const content = readBuiltInContent(path.join(dir, 'library'));
    expect(content.problems).toEqual([]);
    const drop = content.items.find((i) => i.key === 'exercise.fixture-heel-drop');
    expect(drop?.translations?.es).toMatchObject({
      title: 'Descenso excéntrico',
      sourceFingerprint: englishFingerprint(drop ?? english),
    });
    // Written for version 2 while the item is at version 1: not this item's text.
    expect(drop?.translations?.de).toBeUndefined();
    expect(content.staleTranslations).toEqual(['exercise.fixture-heel-drop (de)']);
    // Translation files are not read as content files.
    expect(content.items).toHaveLength(3);
  });

  it('reports a translation of a key no item has, and a broken file, and still loads the rest', () => {
    const dir = resourcesWith({
      'es/exercise.json': heelDropIn('es', 1, 'Descenso excéntrico'),
      'fr/exercise.json': { format: 'physioplan.builtin-library-translation', language: 'fr' },
      'pt/other.json': {
        ...heelDropIn('pt', 1, 'Descida'),
        items: {
          'exercise.no-such-item': heelDropIn('pt', 1, 'x').items['exercise.fixture-heel-drop'],
        },
      },
    });
    const content = readBuiltInContent(path.join(dir, 'library'));
    expect(content.problems).toEqual([
      expect.stringContaining(path.join('fr', 'exercise.json')),
      'translations: no built-in item has the key exercise.no-such-item',
    ]);
    expect(
      content.items.find((i) => i.key === 'exercise.fixture-heel-drop')?.translations?.es,
    ).toBeDefined();
  });

  it('an installed library gets a new translation file at next start; archiving and the English stay', async () => {
    const dataDir = tempDir();
    let core = open(openTestCore(dataDir, { resourcesDir: resourcesWith({}) }));
    const [drop] = (await core.call('library.search', { query: 'heel drop' })).items;
    const id = drop?.id ?? '';
    await core.call('library.archive', { id });
    const before = await core.call('library.get', { id });
    expect(before.translations).toBeUndefined();
    core.close();
    cores = [];

    const withSpanish = resourcesWith({
      'es/exercise.json': heelDropIn('es', 1, 'Descenso excéntrico'),
    });
    core = open(openTestCore(dataDir, { resourcesDir: withSpanish, idPrefix: 'second' }));
    const after = await core.call('library.get', { id });
    expect(itemTextIn(after, 'es')).toMatchObject({
      status: 'translated',
      title: 'Descenso excéntrico',
    });
    expect(after).toMatchObject({ title: before.title, archived: true, contentVersion: 1 });

    // A customised copy keeps the translation, out of date once its English is edited.
    const copy = await core.call('library.duplicate', { id });
    expect(itemTextIn(copy, 'es').status).toBe('translated');
    const edited = await core.call('library.update', {
      id: copy.id,
      draft: { ...draftOfItem(copy), summary: 'Lower the heel over five seconds.' },
    });
    expect(itemTextIn(edited, 'es').status).toBe('outdated');
  });
});
