// Every document in the patient's or clinician's language, read back as that reader would: a
// Spanish-speaking patient's home programme is Spanish throughout (headings, dose lines, diary,
// dates, decimal commas); the embedded fonts carry every language's letters; the plan summary
// and the visit summary print in another language too.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { documentWords } from '../../electron/core/pdf/document-language';
import { renderHomeProgramme } from '../../electron/core/pdf/home-programme';
import { renderPlanSummary } from '../../electron/core/pdf/plan-summary';
import type { ItemContent } from '../../shared/domain/library';
import type { PlanVersionSnapshot } from '../../shared/domain/plan';
import {
  homeProgrammeOptionsSchema,
  planSummaryOptionsSchema,
} from '../../shared/domain/print-options';
import { uiLanguages, type UiLanguage } from '../../shared/i18n';
import { clinicSettings, heelPainItems, ImageBank, snapshot } from '../fixtures/plan-snapshots';
import { tempDir } from '../support/core';
import { flat, parsePdf } from '../support/pdf';
import { spanishProtocolStrings, withSpanish } from '../support/spanish-items';

const bank = new ImageBank();
let resourcesDir = '';

beforeAll(() => {
  // The built-in protocols' Spanish strings, as resources/protocols/translations/es.json has them.
  resourcesDir = tempDir('physioplan-protocols-');
  const dir = path.join(resourcesDir, 'protocols', 'translations');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(
    path.join(dir, 'es.json'),
    JSON.stringify({
      format: 'physioplan.builtin-protocols-translation',
      language: 'es',
      strings: spanishProtocolStrings,
    }),
  );
});

/** The fixture's items with a 7.5 kg load, so the sheet has a decimal to write. */
function items(): ItemContent[] {
  return heelPainItems().map((item) =>
    item.title === 'Heavy slow heel raises on a step' && item.kind === 'exercise'
      ? { ...item, parameters: { ...item.parameters, load: { type: 'kg' as const, kg: 7.5 } } }
      : item,
  );
}

async function homeSheet(snap: PlanVersionSnapshot, language: UiLanguage): Promise<string> {
  const out = await renderHomeProgramme({
    snapshot: snap,
    settings: clinicSettings({ clinicName: 'Clínica Talón', phone: '+34 910 000 000' }),
    options: homeProgrammeOptionsSchema.parse({
      phaseIds: snap.phases.map((p) => p.id),
      adherenceWeeks: 1,
    }),
    printedOn: '2026-12-04',
    createdAt: new Date('2026-12-04T09:00:00.000Z'),
    loadImage: bank.load,
    words: documentWords(language, resourcesDir),
  });
  return flat((await parsePdf(out.data)).text);
}

/** Words of the English sheet that must not survive in another language's sheet. */
const englishWords = [
  /\bsets?\b/,
  /\btimes a day\b/,
  /\bonce a day\b/,
  /\btwice a day\b/,
  /\bevery day\b/,
  /\bdays a week\b/,
  /\bhold\b/i,
  /\beach way\b/,
  /\bbetween sets\b/,
  /\bleft (leg|side)\b/,
  /\bboth (legs|feet)\b/,
  /\bkeep on for\b/,
  /\bto read\b/,
  /Your exercise diary/,
  /Home exercise programme/,
  /Prepared for/,
  /\bPage \d/,
  /\bWeek \d/,
  /When to stop/,
  /Take care/,
  /Note from your physiotherapist/,
  /\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b/,
  /\b(Nov|Dec)\b/,
  /\bExercise\b/,
  /Questions or problems/,
];

describe('documents in the patient’s language', () => {
  it('prints a Spanish-speaking patient’s home programme in Spanish throughout', async () => {
    const snap = snapshot({ items: withSpanish(items()) });
    const text = await homeSheet(snap, 'es');
    for (const english of englishWords) expect(text, String(english)).not.toMatch(english);
    expect(text).toContain('Programa de ejercicios en casa');
    expect(text).toContain('Preparado para');
    expect(text).toContain('Dolor de talón al correr (versión 3)');
    expect(text).toContain('Calmar el dolor (semanas 1–2)');
    expect(text).toContain('Estiramiento de la fascia plantar');
    expect(text).toContain(
      '10 veces, mantener 10 s cada vez, 3 veces al día, todos los días — pierna izquierda',
    );
    expect(text).toContain('3 series de 12 con 7,5 kg');
    expect(text).toContain('dos veces al día');
    expect(text).toContain(
      'Vendaje rígido, Low-dye, llevarlo puesto hasta 2 días — lado izquierdo',
    );
    expect(text).toContain(
      'Taloneras de copa, ambos pies — úselas siempre que corra o camine mucho rato',
    );
    expect(text).toContain('Use el escalón de la cocina, no la escalera.');
    expect(text).toContain('Cuándo parar y llamarnos');
    expect(text).toContain('El dolor del talón le despierta por la noche.');
    expect(text).toContain('Su diario de ejercicios');
    expect(text).toContain('Semana 1: del 4/12/2026 al 10/12/2026');
    expect(text).toContain('4/12/2026');
    expect(text).toMatch(/Página 1 de \d/);
    expect(text).toContain('¿Dudas o problemas? Llame a Clínica Talón al +34 910 000 000');
  });

  it('prints the clinician’s own words as written, and items without Spanish text in English', async () => {
    const snap = snapshot({ items: items() });
    const text = await homeSheet(snap, 'es');
    expect(text).toContain('Plantar fascia stretch');
    // The sheet's own words and the dose line are still Spanish.
    expect(text).toContain('Programa de ejercicios en casa');
    expect(text).toContain('3 series de 12 con 7,5 kg');
  });

  const accented: Record<UiLanguage, string[]> = {
    en: ['Zoë Ünal'],
    es: ['enseñado', 'Página', 'Cuándo'],
    de: ['Füße', 'Übungstagebuch', 'Schritten', 'im Fuß'],
    fr: ['façon', 'Arrêtez', 'à domicile', 'kinésithérapeute'],
    pt: ['Versão', 'não', 'calcanhar', 'exercícios'],
  };

  it.each(uiLanguages)('embeds fonts that print %s with its letters intact', async (language) => {
    const text = await homeSheet(snapshot({ items: items() }), language);
    for (const word of accented[language]) expect(text, word).toContain(word);
    expect(text).not.toContain('\uFFFD');
  });

  it('prints the plan summary in German with German dates and decimal commas', async () => {
    const base = items().map((item) =>
      item.kind === 'modality' && item.parameters.device === 'ultrasound'
        ? { ...item, parameters: { ...item.parameters, intensityWPerCm2: 1.5 } }
        : item,
    );
    const snap = snapshot({ items: base });
    const out = await renderPlanSummary({
      snapshot: snap,
      settings: clinicSettings(),
      versions: [
        {
          id: 'version-3',
          planId: 'plan-0001',
          versionNumber: 3,
          issuedAt: '2026-11-22T09:00:00.000Z',
          itemCount: 10,
        },
      ],
      options: planSummaryOptionsSchema.parse({}),
      printedOn: '2026-12-04',
      createdAt: new Date('2026-12-04T09:00:00.000Z'),
      loadImage: bank.load,
      words: documentWords('de', resourcesDir),
    });
    const text = flat((await parsePdf(out.data)).text);
    for (const english of [
      /Treatment plan summary/,
      /\bPage \d/,
      /\bGoals\b/,
      /Version history/,
      /Patient sheet reads/,
      /\bInstructions\b/,
      /\bsets?\b/,
      /times a day/,
      /\bParameter Setting\b/,
    ])
      expect(text, String(english)).not.toMatch(english);
    expect(text).toContain('Zusammenfassung des Behandlungsplans');
    expect(text).toContain('Geboren am 17.4.1988');
    expect(text).toContain('1,5 W/cm²');
    expect(text).toContain('Radiale Stoßwelle');
    expect(text).toContain('2,5 bar');
    expect(text).toContain('3 Sätze à 12 mit 7,5 kg');
    expect(text).toContain('4.12.2026');
    expect(text).toMatch(/Seite 1 von \d/);
  });
});
