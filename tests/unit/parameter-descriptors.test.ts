// Every parameter of every kind, rendered through each consumer of the descriptor tables: the
// schema's ranges, the PDF rows, the dose line, the treatment text and the visit's fields must
// all say the same label, unit and choice words, in every language.
import { describe, expect, it } from 'vitest';
import { uiLanguages, type UiLanguage } from '../../shared/i18n';
import { parameterRows } from '../../electron/core/pdf/parameter-rows';
import { fieldsFor } from '../../renderer/src/features/visits/treatment-fields';
import {
  choiceInLine,
  choiceText,
  deviceName,
  modalityDevices,
  numberText,
  parameterDescriptors,
  textText,
  type DescribedParameter,
  type NumberDescriptor,
} from '../../shared/domain/parameter-descriptors';
import {
  itemKinds,
  itemParametersSchema,
  type ItemKind,
  type ItemParameters,
} from '../../shared/domain/parameters';
import { doseText } from '../../shared/plans/dose-text';
import { describeParameters } from '../../shared/visits/describe-treatment';

const round = (n: number, decimals: number) => Math.round(n * 10 ** decimals) / 10 ** decimals;
const sample = (d: NumberDescriptor) => round((d.min + d.max) / 2, d.decimals);

const composites: Record<string, unknown> = {
  load: { type: 'kg', kg: 7.5 },
  settings: [{ label: 'Temperature', value: -2, unit: '°C' }],
  fields: [{ type: 'text', key: 'notes', label: 'Notes' }],
};

/** Parameters with every descriptor set, choosing option `pick` of every choice. */
function filled(kind: ItemKind, base: Record<string, unknown>, pick: number): ItemParameters {
  const parameters: Record<string, unknown> = { ...base };
  for (const [key, d] of parameterDescriptors(kind, base, 'en')) {
    if (d.type === 'number') parameters[key] = sample(d);
    else if (d.type === 'choice') parameters[key] = d.options[pick % d.options.length]?.value;
    else if (d.type === 'text') parameters[key] = key === 'tempo' ? '3-0-3' : 'Fan strips';
    else parameters[key] = composites[key];
  }
  return itemParametersSchema.parse({ kind, parameters });
}

function samples(): ItemParameters[] {
  const all: ItemParameters[] = [];
  for (const kind of itemKinds) {
    const bases = kind === 'modality' ? modalityDevices.map((device) => ({ device })) : [{}];
    for (const base of bases) for (const pick of [0, 1, 2]) all.push(filled(kind, base, pick));
  }
  return all;
}

const described = (item: ItemParameters, language: UiLanguage = 'en'): DescribedParameter[] =>
  parameterDescriptors(item.kind, item.parameters, language);
const valueOf = (item: ItemParameters, key: string): unknown =>
  (item.parameters as Record<string, unknown>)[key];

describe('one descriptor table per kind', () => {
  it('has the same ranges as the schema, with messages naming the parameter', () => {
    for (const item of samples()) {
      for (const [key, d] of described(item)) {
        if (d.type !== 'number') continue;
        const at = (value: number) =>
          itemParametersSchema.safeParse({
            kind: item.kind,
            parameters: { ...item.parameters, [key]: value },
          });
        const name = `${item.kind} ${key}`;
        expect(at(d.min).success, name).toBe(true);
        expect(at(d.max).success, name).toBe(true);
        for (const outside of [d.min - 1, d.max + 1]) {
          const result = at(outside);
          expect(result.success, `${name} ${outside}`).toBe(false);
          expect(result.error?.issues[0]?.message, name).toMatch(new RegExp(`^${d.label} `));
        }
        if (d.decimals === 0 && d.min + 0.5 < d.max) expect(at(d.min + 0.5).success).toBe(false);
        if (d.decimals > 0)
          expect(at(round(d.min + 10 ** -d.decimals, d.decimals)).success).toBe(true);
      }
    }
  });

  it.each(uiLanguages)(
    'prints every parameter on the summary with its label and the same value words (%s)',
    (language) => {
      for (const item of samples()) {
        const rows = parameterRows(item, language);
        const device = deviceName(item, language);
        if (device !== undefined) expect(rows[0]?.[1]).toBe(device);
        for (const [key, d] of described(item, language)) {
          const value = valueOf(item, key);
          if (device !== undefined && d.inName) continue;
          const expected =
            d.type === 'number' && typeof value === 'number'
              ? numberText(d, value)
              : d.type === 'choice' && (typeof value === 'string' || typeof value === 'number')
                ? choiceText(d, value)
                : d.type === 'text' && typeof value === 'string'
                  ? textText(d, value)
                  : undefined;
          if (expected === undefined) continue;
          expect(rows, `${item.kind} ${key}`).toContainEqual([d.label, expected]);
        }
      }
    },
  );

  it.each(uiLanguages)(
    'words every parameter the same way in the dose line and the treatment text (%s)',
    (language) => {
      for (const item of samples()) {
        if (item.kind === 'exercise' || item.kind === 'assessment') continue;
        const line = doseText(item, language).toLowerCase();
        const compact = describeParameters(item, language).toLowerCase();
        const device = deviceName(item, language);
        if (device !== undefined) {
          expect(line.startsWith(device.toLowerCase())).toBe(true);
          expect(compact.startsWith(device.toLowerCase())).toBe(true);
        }
        for (const [key, d] of described(item, language)) {
          const value = valueOf(item, key);
          let words: string | undefined;
          if (d.type === 'number' && typeof value === 'number') words = numberText(d, value);
          if (d.type === 'choice' && (typeof value === 'string' || typeof value === 'number'))
            words = choiceInLine(d, value);
          if (words === undefined || key === 'wearHours') continue;
          expect(line, `${item.kind} ${key}`).toContain(words.toLowerCase());
          expect(compact, `${item.kind} ${key}`).toContain(words.toLowerCase());
        }
      }
    },
  );

  it('says an exercise side and load the same way on every printout', () => {
    const item = filled('exercise', {}, 0);
    expect(doseText(item, 'en')).toContain('left leg');
    expect(describeParameters(item, 'en')).toContain('left leg');
    expect(parameterRows(item, 'en')).toContainEqual(['Side', 'Left']);
    expect(parameterRows(item, 'en')).toContainEqual(['Load', '7.5 kg']);
    expect(doseText(item, 'en')).toContain('7.5 kg');
  });

  it('says a side and a load in each language, with its decimal mark', () => {
    const item = filled('exercise', {}, 0);
    expect(doseText(item, 'es')).toContain('pierna izquierda');
    expect(parameterRows(item, 'es')).toContainEqual(['Lado', 'Izquierdo']);
    expect(parameterRows(item, 'es')).toContainEqual(['Carga', '7,5 kg']);
    expect(doseText(item, 'de')).toContain('linkes Bein');
    expect(doseText(item, 'de')).toContain('7,5 kg');
    expect(doseText(item, 'fr')).toContain('jambe gauche');
    expect(doseText(item, 'pt')).toContain('perna esquerda');
  });

  it('gives every language every label, choice and hint, none left in English', () => {
    const english = new Set<string>();
    const words = (language: UiLanguage) => {
      const out: string[] = [];
      for (const item of samples()) {
        for (const [, d] of described(item, language)) {
          out.push(d.label);
          if (d.hint) out.push(d.hint);
          if (d.type === 'choice') out.push(...d.options.map((o) => o.label));
        }
      }
      return out;
    };
    for (const word of words('en')) english.add(word);
    // Words that are the same in English and the other languages (units, device names).
    const shared =
      /^(TENS|Laser|Tempo|Stop|Region|Grade|Progression|Tape|Radial|\d+ MHz|Grad[eo]? [IV]+|Mode|Type|Dose|Intensit[yé]|Technique)$/;
    for (const language of uiLanguages.filter((l) => l !== 'en')) {
      const left = words(language).filter((w) => english.has(w) && !shared.test(w));
      expect([...new Set(left)], language).toEqual([]);
    }
  });

  it('gives the visit form the same settings, labels and choices as the library', () => {
    for (const item of samples()) {
      const fields = fieldsFor({ kind: item.kind, parameters: item.parameters }, 'en');
      const table = new Map(described(item));
      for (const [key, d] of fields) {
        expect(table.get(key), `${item.kind} ${key}`).toBe(d);
        expect(d.type).not.toBe('composite');
      }
    }
    const shockwave = {
      kind: 'modality' as const,
      parameters: { device: 'shockwave', type: 'focused' },
    };
    const labels = fieldsFor(shockwave, 'en').map(([, d]) => d.label);
    expect(labels).toContain('Energy flux density');
    expect(labels).not.toContain('Pressure');
  });

  it('uses one label set for the radiofrequency dose and one wording for the duty cycle', () => {
    const rf = filled('modality', { device: 'radiofrequency' }, 1);
    expect(parameterRows(rf, 'en')).toContainEqual(['Dose', 'Mildly thermal']);
    expect(doseText(rf, 'en')).toContain('mildly thermal');
    expect(describeParameters(rf, 'en')).toContain('mildly thermal');
    const us = itemParametersSchema.parse({
      kind: 'modality',
      parameters: {
        device: 'ultrasound',
        frequencyMHz: 3,
        intensityWPerCm2: 1,
        dutyCyclePercent: 20,
        minutes: 5,
      },
    });
    expect(parameterRows(us, 'en')).toContainEqual(['Duty cycle', 'pulsed 20 %']);
    expect(doseText(us, 'en')).toContain('pulsed 20 %');
    expect(describeParameters(us, 'en')).toContain('pulsed 20 %');
    const dose = itemParametersSchema.parse({
      kind: 'modality',
      parameters: {
        device: 'ultrasound',
        frequencyMHz: 1,
        intensityWPerCm2: 1.5,
        dutyCyclePercent: 100,
        minutes: 5,
      },
    });
    expect(doseText(dose, 'es')).toContain('1,5 W/cm²');
    expect(doseText(dose, 'en')).toContain('1.5 W/cm²');
  });
});
