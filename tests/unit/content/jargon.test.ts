// What a patient reads on a home sheet uses the words a patient uses: anatomy and clinic terms
// ("windlass mechanism", "gastrocnemius", "intrinsic foot muscles") stay in clinician notes.
import { describe, expect, it } from 'vitest';
import { isHomeKind } from '../../../shared/domain/parameters';
import { builtInItems, patientText } from '../../support/built-in-items';

/** Clinic words with no place on a patient's sheet (whole words, any case). */
export const jargon = [
  'windlass',
  'gastrocnemius',
  'soleus',
  'intrinsic',
  'dorsiflexion',
  'dorsiflex',
  'plantarflexion',
  'plantarflex',
  'eccentric',
  'concentric',
  'isometric',
  'proprioception',
  'proprioceptive',
  'pronated',
  'pronation',
  'supinated',
  'supination',
  'talocrural',
  'subtalar',
  'talus',
  'calcaneus',
  'calcaneal',
  'metatarsal',
  'tendinopathy',
  'insertional',
  'posterior',
  'anterior',
  'medial',
  'lateral',
  'abductor',
  'abduction',
  'adductor',
  'gluteal',
  'gluteals',
  'gluteus',
  'unilateral',
  'quadruped',
  'supine',
  'prone',
  'mobilisation',
  'neutral spine',
  'offload',
  'heel counter',
];

const pattern = new RegExp(`\\b(?:${jargon.join('|')})\\b`, 'i');
const homeItems = builtInItems().filter((item) => isHomeKind(item.kind));

describe('patient-facing words of built-in home items', () => {
  it('covers every exercise, taping, orthosis and leaflet', () => {
    expect(homeItems.length).toBeGreaterThanOrEqual(60);
  });

  it.each(homeItems.map((item) => [item.key, item] as const))(
    '%s is free of jargon',
    (_k, item) => {
      const hits = patientText(item).flatMap(({ where, text }) => {
        const found = pattern.exec(text);
        return found ? [`${where}: "${found[0]}" in "${text}"`] : [];
      });
      expect(hits).toEqual([]);
    },
  );

  it('still lets clinician notes use clinic words', () => {
    const notes = homeItems.map((item) => item.clinicianNotes).join(' ');
    expect(notes).toMatch(/gastrocnemius/i);
  });
});
