// Checks the built-in heel-pain library: valid against the schema, complete against
// CLINICAL.md's list, usable by a clinician, and written in our own words (not the seeds').
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  bodyRegions,
  builtInLibraryFileSchema,
  heelPainConditions,
  type BuiltInItem,
} from '../../shared/domain/library';
import { itemKinds } from '../../shared/domain/parameters';
import { parseRunHashList, runHash, runsOfWords } from '../../electron/tools/word-runs';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const contentDir = path.join(repoRoot, 'resources/library/heel-pain');
const seedRunHashesFile = path.join(repoRoot, 'tests/fixtures/seed-article-runs.txt');

/** Every assessment, technique, exercise, taping, orthosis, modality and topic CLINICAL.md asks for. */
const requiredKeys = [
  // Assessments
  'assessment.gait-running-analysis',
  'assessment.pressure-distribution-self-check',
  'assessment.windlass-test',
  'assessment.knee-to-wall',
  'assessment.single-leg-heel-raise-endurance',
  'assessment.calf-flexibility',
  'assessment.foot-posture-index',
  'assessment.hip-mobility-strength-screen',
  'assessment.single-leg-balance',
  'assessment.breathing-pattern',
  'assessment.palpation-map',
  'assessment.calcaneal-squeeze-test',
  'assessment.thompson-test',
  'assessment.first-step-pain',
  'assessment.red-flag-screen',
  // Manual therapy
  'manual_therapy.talocrural-mobilisation',
  'manual_therapy.subtalar-mobilisation',
  'manual_therapy.midfoot-mobilisation',
  'manual_therapy.calf-soft-tissue-massage',
  'manual_therapy.plantar-fascia-soft-tissue-massage',
  'manual_therapy.myofascial-release-plantar-fascia',
  'manual_therapy.myofascial-release-calf',
  // Exercises
  'exercise.plantar-fascia-stretch',
  'exercise.gastrocnemius-stretch',
  'exercise.soleus-stretch',
  'exercise.eccentric-heel-drop',
  'exercise.heavy-slow-calf-raise',
  'exercise.single-leg-heel-raise-towel',
  'exercise.short-foot',
  'exercise.towel-toe-curl',
  'exercise.marble-pickup',
  'exercise.single-leg-balance-eyes-open',
  'exercise.single-leg-balance-eyes-closed',
  'exercise.single-leg-balance-cushion',
  'exercise.ankle-dorsiflexion-band-mobilisation',
  'exercise.hip-90-90-mobility',
  'exercise.glute-bridge',
  'exercise.side-lying-hip-abduction',
  'exercise.supine-90-90-breathing',
  'exercise.quadruped-rock-back',
  'exercise.dynamic-warm-up',
  'exercise.walk-run-intervals',
  'exercise.return-to-run-progression',
  // Taping
  'taping.kinesiology-plantar-fascia',
  'taping.kinesiology-achilles',
  'taping.low-dye',
  // Orthoses and footwear
  'orthosis.arch-support-custom',
  'orthosis.arch-support-prefabricated',
  'orthosis.heel-cup',
  'orthosis.heel-raise-achilles',
  'orthosis.night-splint',
  'orthosis.running-shoes',
  'orthosis.replace-worn-shoes',
  'orthosis.heel-friendly-shoes',
  // Modalities
  'modality.ultrasound-1mhz',
  'modality.ultrasound-3mhz',
  'modality.shockwave-radial-plantar-fascia',
  'modality.shockwave-focused',
  'modality.radiofrequency-capacitive',
  'modality.radiofrequency-resistive',
  'modality.laser-photobiomodulation',
  'modality.tens',
  'modality.ice-pack',
  'modality.heat-pack',
  // Education
  'education.footwear',
  'education.warm-up',
  'education.load-progression',
  'education.morning-heel-pain',
  'education.when-to-seek-help',
  'education.recovery-time',
];

/** Items about red flags: their notes must send the patient on, not home with exercises. */
const redFlagKeys = [
  'assessment.red-flag-screen',
  'assessment.calcaneal-squeeze-test',
  'assessment.thompson-test',
  'education.heel-bone-stress',
  'education.when-to-seek-help',
];

function loadItems(): { file: string; items: BuiltInItem[] }[] {
  if (!existsSync(contentDir)) throw new Error(`Built-in content folder is missing: ${contentDir}`);
  const files = readdirSync(contentDir)
    .filter((name) => name.endsWith('.json'))
    .sort();
  return files.map((file) => {
    const raw: unknown = JSON.parse(readFileSync(path.join(contentDir, file), 'utf8'));
    const parsed = builtInLibraryFileSchema.safeParse(raw);
    if (!parsed.success) {
      const where = parsed.error.issues
        .slice(0, 5)
        .map((issue) => `${issue.path.join('.')}: ${issue.message}`)
        .join('\n');
      throw new Error(`${file} does not match builtInLibraryFileSchema:\n${where}`);
    }
    return { file, items: parsed.data.items };
  });
}

/** Every piece of prose an item carries, field by field (runs never cross fields). */
function proseOf(item: BuiltInItem): string[] {
  const texts = [
    item.title,
    item.summary,
    item.clinicianNotes,
    ...item.instructions,
    ...item.cautions,
  ];
  if (item.kind === 'exercise' && item.parameters.progression)
    texts.push(item.parameters.progression);
  if (item.kind === 'orthosis') texts.push(item.parameters.wearSchedule);
  return texts;
}

const files = loadItems();
const items = files.flatMap((f) => f.items);
const byKey = new Map(items.map((item) => [item.key, item]));

describe('built-in heel-pain library', () => {
  it('has one file per kind, each holding only its kind', () => {
    expect(files.map((f) => f.file)).toEqual(itemKinds.map((kind) => `${kind}.json`).sort());
    for (const { file, items: fileItems } of files) {
      for (const item of fileItems) expect(`${item.kind}.json`, item.key).toBe(file);
    }
  });

  it('holds at least 80 items covering all seven kinds', () => {
    expect(items.length).toBeGreaterThanOrEqual(80);
    const kinds = new Set(items.map((item) => item.kind));
    for (const kind of itemKinds) expect(kinds.has(kind), `no ${kind} items`).toBe(true);
  });

  it('uses unique keys prefixed with their kind', () => {
    const keys = items.map((item) => item.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const item of items) expect(item.key.startsWith(`${item.kind}.`), item.key).toBe(true);
  });

  it('contains every item CLINICAL.md lists', () => {
    const missing = requiredKeys.filter((key) => !byKey.has(key));
    expect(missing).toEqual([]);
  });

  it('gives every item steps, cautions, a summary and clinician notes', () => {
    for (const item of items) {
      expect(item.instructions.length, item.key).toBeGreaterThanOrEqual(1);
      expect(item.cautions.length, item.key).toBeGreaterThanOrEqual(1);
      expect(item.summary.length, item.key).toBeGreaterThan(0);
      expect(item.clinicianNotes.length, item.key).toBeGreaterThan(0);
      if (item.kind !== 'education') {
        expect(item.instructions.length, item.key).toBeLessThanOrEqual(8);
      }
    }
  });

  it('says in every item that it is general guidance and does not diagnose', () => {
    for (const item of items) {
      expect(item.clinicianNotes, item.key).toMatch(/general guidance/i);
      expect(item.clinicianNotes, item.key).toMatch(/diagnos/i);
    }
  });

  it('keeps body regions and conditions to the shared vocabularies', () => {
    const regions = new Set<string>(bodyRegions);
    const conditions = new Set<string>(heelPainConditions);
    for (const item of items) {
      expect(item.bodyRegions.length, item.key).toBeGreaterThan(0);
      expect(item.conditions.length, item.key).toBeGreaterThan(0);
      for (const region of item.bodyRegions)
        expect(regions.has(region), `${item.key}: ${region}`).toBe(true);
      for (const condition of item.conditions)
        expect(conditions.has(condition), `${item.key}: ${condition}`).toBe(true);
    }
  });

  it('gives exercises a difficulty and other kinds none', () => {
    for (const item of items) {
      if (item.kind === 'exercise') expect(item.difficulty, item.key).not.toBeNull();
      else expect(item.difficulty, item.key).toBeNull();
    }
  });

  it('marks a positive calcaneal squeeze or Thompson test as a red flag', () => {
    for (const key of ['assessment.calcaneal-squeeze-test', 'assessment.thompson-test']) {
      const item = byKey.get(key);
      if (item?.kind !== 'assessment') throw new Error(`${key} is missing or not an assessment`);
      const first = item.parameters.fields[0];
      expect(first?.type, key).toBe('test');
      if (first?.type === 'test') {
        expect(first.positiveIsRedFlag, key).toBe(true);
        expect(first.sided, key).toBe(true);
      }
    }
  });

  it('records knee-to-wall in centimetres on each side', () => {
    const item = byKey.get('assessment.knee-to-wall');
    if (item?.kind !== 'assessment') throw new Error('knee-to-wall is missing');
    expect(item.parameters.fields).toContainEqual(
      expect.objectContaining({ type: 'number', unit: 'cm', sided: true }),
    );
  });

  it('sends red-flag findings for referral and imaging, not a home exercise sheet', () => {
    for (const key of redFlagKeys) {
      const notes = byKey.get(key)?.clinicianNotes ?? '';
      expect(notes, key).toMatch(/referr/i);
      expect(notes, key).toMatch(/imaging/i);
      expect(notes, key).toMatch(/not a home exercise sheet/i);
    }
  });

  it('covers the modality settings CLINICAL.md names', () => {
    const modalities = items.flatMap((item) => (item.kind === 'modality' ? [item.parameters] : []));
    const ultrasound = modalities.flatMap((p) =>
      p.device === 'ultrasound' ? [p.frequencyMHz] : [],
    );
    expect(new Set(ultrasound)).toEqual(new Set([1, 3]));
    const shockwave = modalities.flatMap((p) => (p.device === 'shockwave' ? [p.type] : []));
    expect(new Set(shockwave)).toEqual(new Set(['radial', 'focused']));
    const radiofrequency = modalities.flatMap((p) => (p.device === 'radiofrequency' ? [p] : []));
    expect(new Set(radiofrequency.map((p) => p.mode))).toEqual(
      new Set(['capacitive', 'resistive']),
    );
    for (const p of radiofrequency) expect(p.frequencyKHz).toBe(448);
    const devices = new Set(modalities.map((p) => p.device));
    for (const device of ['laser', 'tens', 'ice', 'heat'])
      expect(devices.has(device as never), device).toBe(true);
  });

  it('shares no run of eight or more words with the seed articles', () => {
    // The repository keeps only hashes of the articles' 8-word runs (npm run seeds:hashes).
    const seeds = parseRunHashList(readFileSync(seedRunHashesFile, 'utf8'));
    expect(seeds.articles).toBe(2);
    expect(seeds.hashes.size).toBeGreaterThan(2000);
    const copied = items.flatMap((item) =>
      proseOf(item)
        .flatMap(runsOfWords)
        .filter((run) => seeds.hashes.has(runHash(run)))
        .map((run) => `${item.key}: "${run}"`),
    );
    expect(copied).toEqual([]);
  });
});
