// One equipment vocabulary for the library's filter: the same thing is named one way
// ("Wall", not also "Wall for balance"), whether it comes from built-in content, a pack, the
// free-exercise-db import or a clinician's own item. Names not listed are kept as typed.

/** Other ways of writing equipment (lower case) → the library's name(s) for it. */
const SYNONYMS: Readonly<Record<string, string | readonly string[]>> = {
  'wall for balance': 'Wall',
  'wall or chair for balance': ['Wall', 'Chair'],
  'step or low couch': ['Step', 'Treatment couch'],
  'step with a rail': 'Step',
  stairs: 'Step',
  'thin towel': 'Towel',
  'goniometer or inclinometer': 'Goniometer',
  'heavy resistance band': 'Resistance band',
  'loop band': 'Resistance band',
  bands: 'Resistance band',
  theraband: 'Resistance band',
  'backpack with weights': 'Weights',
  'weight or heavy bag': 'Weights',
  'backpack, dumbbell or calf machine': 'Weights',
  'ice cup or frozen bottle': 'Ice',
  'ice pack': 'Ice',
  'massage ball or bottle': 'Massage ball',
  'balance pad or firm cushion': 'Balance pad',
  'rigid sports tape 2.5 cm': 'Rigid sports tape',
  'rigid sports tape 3.8 cm': 'Rigid sports tape',
  'marbles or small objects': 'Marbles',
  goggles: 'Safety goggles',
  couch: 'Treatment couch',
  plinth: 'Treatment couch',
  'treatment table': 'Treatment couch',
};

/** The names the library uses; offered first when a clinician types equipment. */
export const EQUIPMENT_NAMES: readonly string[] = [
  ...new Set(
    Object.values(SYNONYMS).flatMap((names) => (typeof names === 'string' ? [names] : names)),
  ),
].sort((a, b) => a.localeCompare(b, 'en-GB'));

const byLowerCase = new Map<string, readonly string[]>([
  ...EQUIPMENT_NAMES.map((name): [string, readonly string[]] => [name.toLowerCase(), [name]]),
  ...Object.entries(SYNONYMS).map(([synonym, names]): [string, readonly string[]] => [
    synonym,
    typeof names === 'string' ? [names] : names,
  ]),
]);

/** The library's names for one entry (spaces tidied; an unknown name as typed). */
export function equipmentNames(value: string): readonly string[] {
  const tidy = value.trim().replace(/\s+/g, ' ');
  if (tidy === '') return [];
  return byLowerCase.get(tidy.toLowerCase()) ?? [tidy];
}

/** A list of equipment in the library's names, each once, in the order first given. */
export function normaliseEquipment(values: readonly string[]): string[] {
  return [...new Set(values.flatMap(equipmentNames))];
}
