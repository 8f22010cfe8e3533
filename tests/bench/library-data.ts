// A generated library for benchmarks: deterministic, with a realistic mix of common and rare
// words, accents, kinds and facets.
import type { LibraryItemDraft } from '../../shared/domain/library';
import { defaultParameters, emptyDraft } from '../../shared/domain/library-defaults';
import { itemKinds, type ItemKind } from '../../shared/domain/parameters';
import { libraryRepository } from '../../electron/core/library/library-repository';
import type { TestCore } from '../support/core';

/** Small deterministic PRNG so every run searches the same library. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const rand = random(42);
const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
const some = <T>(list: readonly T[], max: number): T[] => [
  ...new Set(Array.from({ length: 1 + Math.floor(rand() * max) }, () => pick(list))),
];

const modifiers = [
  'Eccentric',
  'Isometric',
  'Seated',
  'Standing',
  'Single-leg',
  'Banded',
  'Weighted',
  'Assisted',
  'Slow',
  'Supported',
  'Dynamic',
  'Static',
  'Progressive',
  'Gentle',
  'Heavy',
];
const parts = [
  'calf',
  'heel',
  'hip',
  'ankle',
  'toe',
  'arch',
  'hamstring',
  'glute',
  'Achilles',
  'plantar fascia',
  'soleus',
  'knee',
  'trunk',
  'foot',
  'Achillès tendon',
];
const moves = [
  'raise',
  'stretch',
  'drop',
  'bridge',
  'hold',
  'march',
  'hop',
  'squat',
  'lunge',
  'curl',
  'rotation',
  'mobilisation',
  'massage',
  'taping',
  'release',
  'balance',
  'walk',
  'press',
];
const common = [
  'the',
  'your',
  'slowly',
  'keep',
  'knee',
  'straight',
  'bent',
  'step',
  'wall',
  'floor',
  'towel',
  'band',
  'weight',
  'breathe',
  'hold',
  'seconds',
  'repeat',
  'side',
  'both',
  'feet',
  'heels',
  'toes',
  'lower',
  'rise',
  'push',
  'pull',
  'gently',
  'pain',
  'stop',
  'if',
  'sharp',
  'morning',
  'run',
  'running',
  'shoe',
  'cushion',
  'support',
  'stretch',
  'feel',
  'back',
  'leg',
  'front',
  'behind',
  'chair',
  'stand',
  'sit',
  'lie',
  'turn',
  'point',
  'flex',
  'relax',
  'café',
  'naïve',
  'rôle',
  'élan',
];
const syllables = [
  'ka',
  'lo',
  'mi',
  'ter',
  'sun',
  'vel',
  'dra',
  'pen',
  'qui',
  'bor',
  'ste',
  'lan',
  'fio',
  'gru',
  'zen',
];
const rareWords = Array.from({ length: 3000 }, () =>
  Array.from({ length: 2 + Math.floor(rand() * 3) }, () => pick(syllables)).join(''),
);
const regions = [
  'Foot',
  'Heel',
  'Plantar fascia',
  'Achilles tendon',
  'Ankle',
  'Calf',
  'Knee',
  'Thigh',
  'Hip',
  'Lower back',
  'Trunk',
];
const conditions = [
  'Plantar heel pain',
  'Achilles tendinopathy',
  'Calcaneal bursitis',
  'Running load management',
  'Ankle sprain',
  'Patellofemoral pain',
];
const equipment = [
  'Step',
  'Resistance band',
  'Towel',
  'Dumbbell',
  'Foam roller',
  'Wall',
  'Chair',
  'Balance cushion',
];
const difficulties = ['beginner', 'intermediate', 'advanced', null] as const;

function sentence(words: number): string {
  const text = Array.from({ length: words }, () =>
    rand() < 0.15 ? pick(rareWords) : pick(common),
  ).join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

export function generatedDraft(n: number): LibraryItemDraft {
  const kind: ItemKind = n % 3 === 0 ? 'exercise' : pick(itemKinds);
  const title =
    `${pick(modifiers)} ${pick(parts)} ${pick(moves)} ${n % 7 === 0 ? pick(rareWords) : ''}`.trim();
  return {
    ...emptyDraft(kind),
    ...defaultParameters(kind),
    title,
    summary: sentence(12),
    instructions: Array.from({ length: 3 + Math.floor(rand() * 4) }, () =>
      sentence(8 + Math.floor(rand() * 8)),
    ),
    bodyRegions: some(regions, 2),
    conditions: some(conditions, 2),
    equipment: rand() < 0.6 ? some(equipment, 2) : [],
    tags: some([...moves, ...parts], 3),
    difficulty: pick(difficulties),
  };
}

/** Prefix queries as a clinician types them, letter by letter. */
const typed = [
  'calf raise',
  'heel drop',
  'achilles',
  'plantar fas',
  'hip mob',
  'towel',
  'single balance',
  'isometric hold',
  'stre',
  'band',
];
export const queries = typed
  .flatMap((q) => Array.from({ length: q.length }, (_, i) => q.slice(0, i + 1)))
  .filter((q) => q.trim().length >= 2 && !q.endsWith(' '));

export function seedLibrary(core: TestCore, count: number): number {
  const repo = libraryRepository(core.ctx.db);
  const start = performance.now();
  core.ctx.db.transaction(() => {
    for (let n = 0; n < count; n++) {
      repo.insert({
        id: `bench-${n}`,
        draft: generatedDraft(n),
        builtInKey: null,
        contentVersion: 0,
        copiedFromId: null,
        source: null,
        sourceHash: null,
        archived: n % 50 === 0,
        now: '2026-11-22T09:00:00.000Z',
      });
    }
  })();
  return performance.now() - start;
}
