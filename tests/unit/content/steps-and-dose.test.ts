// Steps never restate a number that the dose sets: a heel raise dosed 3×8 must not say
// "Do 12 slow raises", and a hold changed to 30 s must not leave "Hold for 10 seconds" behind.
// The dose line printed above the steps carries every count, time and frequency.
import { describe, expect, it } from 'vitest';
import { builtInItems } from '../../support/built-in-items';

const spelled = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty';
const count = `(?:\\d+|${spelled})(?:\\s*(?:to|or|-|–)\\s*(?:\\d+|${spelled}))?`;
const units =
  'seconds?|secs?|s|minutes?|mins?|hours?|h|days?|weeks?|times|sets?|reps?|repetitions?|' +
  'raises|lifts|lowerings|holds|stretches|breaths|rocks|bridges|steps|rounds|rounds?|hops|' +
  'marbles|calf raises|ankle circles|slow raises|slow repetitions|' +
  'on each (?:side|leg|foot)|each way';
/** A count with the thing it counts ("12 slow raises", "30 seconds", "3 days"). */
const quantity = new RegExp(`\\b${count}\\s+(?:${units})\\b`, 'i');
/** How often or how fast, which the dose line also sets. */
const frequency =
  /\b(?:once|twice|three times) (?:a|per|each) (?:day|week)\b|\bevery (?:other )?day\b|\bcounting to \d|\bover \d+ seconds\b|\brepeat(?: this)? \d+|\bdo \d+\b/i;

/** Numbers the dose in `parameters` sets, for the failure message. */
function doseSummary(parameters: object): string {
  return JSON.stringify(parameters, (key, value: unknown) =>
    key === 'progression' || key === 'technique' || key === 'wearSchedule' ? undefined : value,
  );
}

describe('steps of built-in exercises and taping', () => {
  const items = builtInItems().filter((i) => i.kind === 'exercise' || i.kind === 'taping');

  it('covers every built-in exercise and taping item', () => {
    expect(items.length).toBeGreaterThanOrEqual(39);
  });

  it.each(items.map((item) => [item.key, item] as const))(
    '%s restates no count, time or frequency that its dose sets',
    (_key, item) => {
      const clashes = [item.summary, ...item.instructions].flatMap((step) => {
        const found = quantity.exec(step) ?? frequency.exec(step);
        return found ? [`"${found[0]}" in "${step}"`] : [];
      });
      expect(clashes, `dose: ${doseSummary(item.parameters)}`).toEqual([]);
    },
  );
});

describe('the step checker itself', () => {
  it.each([
    'Do 12 slow raises.',
    'Hold for 10 seconds, then let go.',
    'Take it off after 3 days.',
    'Rise up onto your toes slowly, counting to 3.',
    'Switch slowly back and forth 10 times, then rest.',
    'Run every other day.',
    'Do 5 rounds on each leg.',
  ])('catches "%s"', (step) => {
    expect(quantity.test(step) || frequency.test(step)).toBe(true);
  });

  it.each([
    'Hold the stretch for the time on your sheet, then let go.',
    'Add running time in small steps, roughly 10 % more each week.',
    'Stop if pain rises above 5 out of 10.',
    'Lift your knees a few centimetres off the floor.',
  ])('lets "%s" through', (step) => {
    expect(quantity.test(step) || frequency.test(step)).toBe(false);
  });
});
