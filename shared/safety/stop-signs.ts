// "When to stop and call us": the warning signs printed on a patient's home sheet, per
// condition. Patient-facing words only; they mirror the red-flag types in red-flag-types.ts
// (CLINICAL.md red flags), written as what the patient would notice.

export interface ConditionSafety {
  /** Words in a plan's condition that select this entry (lower case). */
  matches: readonly string[];
  stopSigns: readonly string[];
}

export const conditionSafety = {
  'heel-pain': {
    matches: ['heel', 'plantar', 'achilles', 'calcane', 'fasci', 'bursitis'],
    stopSigns: [
      'Your heel pain keeps getting worse from one day to the next, or does not ease when you rest.',
      'Heel pain wakes you at night.',
      'Your heel or ankle becomes swollen, red or warm, or you feel hot and unwell.',
      'You feel numbness, tingling or pins and needles in your foot.',
      'You feel a sudden snap or a sharp pain at the back of your heel, or cannot stand on tiptoe.',
      'Other joints become painful or swollen as well.',
    ],
  },
} as const satisfies Record<string, ConditionSafety>;
export type SafetyCondition = keyof typeof conditionSafety;

/** For a plan whose condition is not one we have signs written for. */
export const generalStopSigns: readonly string[] = [
  'Your pain keeps getting worse from one day to the next, or does not ease when you rest.',
  'Pain wakes you at night.',
  'The painful area becomes swollen, red or warm, or you feel hot and unwell.',
  'You feel numbness, tingling or weakness that is new.',
  'Other joints become painful or swollen as well.',
];

/** The signs for a plan's condition (free text such as "Plantar heel pain, right"). */
export function stopSignsFor(condition: string): readonly string[] {
  const words = condition.toLowerCase();
  for (const entry of Object.values(conditionSafety)) {
    if (entry.matches.some((match) => words.includes(match))) return entry.stopSigns;
  }
  return generalStopSigns;
}
