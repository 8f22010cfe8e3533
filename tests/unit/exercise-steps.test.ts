// Which step a pain response offers first, how a step reads, and that every built-in
// regression/progression link names a built-in exercise that exists.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtInItemSchema } from '../../shared/domain/library';
import { stepText, suggestedStep } from '../../shared/plans/exercise-steps';

describe('exercise steps', () => {
  it('offers regress on a reduce-load verdict and progress when pain is within the model', () => {
    expect(suggestedStep('reduce_load')).toBe('regression');
    expect(suggestedStep('within_model')).toBe('progression');
    expect(suggestedStep('not_recorded')).toBeNull();
  });

  it('reads a link by its title and a dose change as a dose line', () => {
    expect(stepText({ type: 'item', builtInKey: 'exercise.x', title: 'Calf hold' })).toBe(
      'Change to Calf hold',
    );
    expect(stepText({ type: 'dose', parameters: { sets: 2, reps: 10 } })).toMatch(
      /^Dose: 2 sets of 10/,
    );
  });

  it('links built-in exercises only to built-in exercises that exist', () => {
    const file = path.join(__dirname, '../../resources/library/heel-pain/exercise.json');
    const { items } = JSON.parse(fs.readFileSync(file, 'utf8')) as { items: unknown[] };
    const parsed = items.map((i) => builtInItemSchema.parse(i));
    const keys = new Set(parsed.map((i) => i.key));
    const links = parsed.flatMap((i) =>
      i.kind === 'exercise'
        ? [i.parameters.steps?.regression, i.parameters.steps?.progression].flatMap((s) =>
            s?.type === 'item' ? [s.builtInKey] : [],
          )
        : [],
    );
    expect(links.length).toBeGreaterThanOrEqual(10);
    for (const key of links) expect(keys.has(key ?? '')).toBe(true);
  });
});
