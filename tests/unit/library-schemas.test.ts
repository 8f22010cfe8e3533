import { describe, expect, it } from 'vitest';
import { mapExercise } from '../../electron/core/library/free-exercise-db-mapping';
import { toFtsQuery } from '../../electron/core/library/library-search';
import { contentHash } from '../../electron/core/library/stable-json';
import { stableStringify } from '../../shared/stable-json';
import { libraryItemDraftSchema, librarySearchInputSchema } from '../../shared/domain/library';
import {
  defaultModalitySettings,
  defaultParameters,
  emptyDraft,
} from '../../shared/domain/library-defaults';
import { libraryPackSchema } from '../../shared/domain/library-pack';
import { itemKinds, modalityParametersSchema } from '../../shared/domain/parameters';

describe('search text to FTS query', () => {
  it('quotes every word, requires all, and makes the last a prefix while typing', () => {
    expect(toFtsQuery('heel dr')).toBe('"heel" "dr"*');
    expect(toFtsQuery('heel drop ')).toBe('"heel" "drop"');
    expect(toFtsQuery('  ')).toBeNull();
  });

  it('keeps letters with accents (composed) and drops FTS syntax', () => {
    expect(toFtsQuery('Achille\u0300s')).toBe('"Achillès"*');
    expect(toFtsQuery('"calf" OR (NEAR*) -raise')).toBe('"calf" "OR" "NEAR" "raise"*');
    expect(toFtsQuery('90/90 hip')).toBe('"90" "90" "hip"*');
  });
});

describe('library schemas', () => {
  it('gives every kind a default that validates, so a new item can be saved at once', () => {
    for (const kind of itemKinds) {
      const draft = { ...emptyDraft(kind), title: 'New item' };
      expect(libraryItemDraftSchema.safeParse(draft).success, kind).toBe(true);
      expect(defaultParameters(kind).kind).toBe(kind);
    }
    for (const device of [
      'ultrasound',
      'shockwave',
      'radiofrequency',
      'laser',
      'tens',
      'ice',
      'heat',
    ] as const) {
      expect(
        modalityParametersSchema.safeParse(defaultModalitySettings(device)).success,
        device,
      ).toBe(true);
    }
  });

  it('checks parameters by kind with units in the message', () => {
    const result = libraryItemDraftSchema.safeParse({
      ...emptyDraft('modality'),
      title: 'Ultrasound',
      parameters: {
        device: 'ultrasound',
        frequencyMHz: 3,
        intensityWPerCm2: 4,
        dutyCyclePercent: 20,
        minutes: 5,
      },
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({
      path: ['parameters', 'intensityWPerCm2'],
      message: 'Intensity must be at most 3 W/cm².',
    });
  });

  it('defaults and bounds the search input', () => {
    expect(librarySearchInputSchema.parse({ query: 'x' })).toMatchObject({
      limit: 50,
      offset: 0,
      includeArchived: false,
    });
    expect(librarySearchInputSchema.safeParse({ query: 'x', limit: 201 }).success).toBe(false);
    expect(librarySearchInputSchema.safeParse({ query: 'x', kinds: ['massage'] }).success).toBe(
      false,
    );
  });

  it('accepts only pack version 1 with images keyed by SHA-256', () => {
    const pack = {
      format: 'physioplan.library-pack',
      version: 1,
      exportedAt: '2026-11-22T09:00:00.000Z',
      items: [],
      images: {},
    };
    expect(libraryPackSchema.safeParse(pack).success).toBe(true);
    expect(libraryPackSchema.safeParse({ ...pack, version: 2 }).success).toBe(false);
    expect(
      libraryPackSchema.safeParse({
        ...pack,
        images: { abc: { mimeType: 'image/png', dataBase64: '' } },
      }).success,
    ).toBe(false);
  });
});

describe('free-exercise-db mapping', () => {
  const exercise = {
    id: 'Standing_Calf_Raises',
    name: 'Standing Calf Raises',
    force: 'push',
    level: 'expert' as const,
    mechanic: 'isolation',
    equipment: 'bands',
    primaryMuscles: ['calves'],
    secondaryMuscles: ['hamstrings', 'glutes'],
    instructions: ['  Stand tall.  ', '', 'Rise up.'],
    category: 'strength',
    images: [],
  };

  it('maps muscles to regions, level to difficulty, equipment and category', () => {
    expect(mapExercise(exercise)).toMatchObject({
      kind: 'exercise',
      title: 'Standing Calf Raises',
      instructions: ['Stand tall.', 'Rise up.'],
      bodyRegions: ['Calf', 'Thigh', 'Hip'],
      equipment: ['Resistance band'],
      difficulty: 'advanced',
      tags: ['strength', 'calves', 'hamstrings', 'glutes', 'isolation'],
      parameters: { sets: 3, reps: 10 },
    });
  });

  it('keeps a long list of steps within the 30 the library allows', () => {
    const long = {
      ...exercise,
      instructions: Array.from({ length: 35 }, (_, i) => `Step ${i + 1}.`),
    };
    const mapped = mapExercise(long);
    expect(mapped.instructions).toHaveLength(30);
    expect(mapped.instructions[29]).toBe('Step 30. Step 31. Step 32. Step 33. Step 34. Step 35.');
    expect(libraryItemDraftSchema.safeParse(mapped).success).toBe(true);
  });
});

describe('stable JSON', () => {
  it('gives the same text and hash whatever the key order', () => {
    expect(stableStringify({ b: 1, a: { d: [1, { f: 2, e: 3 }], c: undefined } })).toBe(
      '{"a":{"d":[1,{"e":3,"f":2}]},"b":1}',
    );
    expect(contentHash({ x: 1, y: 2 })).toBe(contentHash({ y: 2, x: 1 }));
  });
});
