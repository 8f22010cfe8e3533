// The red-flag table: every type can be cleared and referred, urgencies hold, every built-in
// "positive is a red flag" finding raises a named flag, and the gate reads decisions.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RedFlag } from '../../../shared/domain/plan';
import { homeSheetGate, redFlagBlockMessage } from '../../../shared/safety/red-flag-gate';
import {
  findingRedFlags,
  redFlagDecisions,
  redFlagSources,
  redFlagTypeInfo,
  redFlagTypeKeys,
  urgencyOf,
} from '../../../shared/safety/red-flag-types';
import { stopSignsFor } from '../../../shared/safety/stop-signs';

const flag = (over: Partial<RedFlag>): RedFlag => ({
  id: 'f',
  type: 'suspected_stress_fracture',
  note: '',
  recordedAt: '2026-11-22T09:00:00.000Z',
  acknowledgedAt: '2026-11-22T10:00:00.000Z',
  acknowledgement: '',
  decision: 'cleared',
  visitId: null,
  ...over,
});

describe('red-flag types', () => {
  it('offers every type a cleared decision and at least one that prints only the safety sheet', () => {
    for (const type of redFlagTypeKeys) {
      const decisions = redFlagTypeInfo[type].decisions;
      expect(decisions, type).toContain('cleared');
      expect(
        decisions.some((d) => redFlagDecisions[d].prints === 'safety-sheet'),
        type,
      ).toBe(true);
      for (const source of redFlagTypeInfo[type].sources)
        expect(redFlagSources[source], `${type}: ${source}`).toMatch(/\w{3,}.*\w{3,}/);
    }
  });

  it('gives one urgency per condition: a suspected rupture is same day', () => {
    expect(urgencyOf('suspected_tendon_rupture')).toBe('same_day');
    expect(urgencyOf('suspected_stress_fracture')).toBe('within_days');
  });

  it('keeps clinical names off the patient advice', () => {
    for (const type of redFlagTypeKeys) {
      const advice = JSON.stringify(redFlagTypeInfo[type].advice);
      expect(advice, type).not.toMatch(/fracture|rupture|calcane|Thompson|tendinopathy|suspected/i);
    }
  });

  it('maps every built-in finding marked "positive is a red flag" to a flag type', () => {
    const file = path.resolve(__dirname, '../../../resources/library/heel-pain/assessment.json');
    const items = (
      JSON.parse(fs.readFileSync(file, 'utf8')) as {
        items: {
          key: string;
          parameters: { fields: { key: string; positiveIsRedFlag?: boolean }[] };
        }[];
      }
    ).items;
    const unmapped = items.flatMap((item) =>
      item.parameters.fields
        .filter((f) => f.positiveIsRedFlag && !findingRedFlags[item.key]?.[f.key])
        .map((f) => `${item.key}.${f.key}`),
    );
    expect(unmapped).toEqual([]);
    expect(findingRedFlags['assessment.thompson-test']?.thompson).toBe('suspected_tendon_rupture');
    expect(findingRedFlags['assessment.calcaneal-squeeze-test']?.calcanealSqueeze).toBe(
      'suspected_stress_fracture',
    );
  });
});

describe('the home-sheet gate', () => {
  it('blocks on an open flag or one acknowledged without a decision', () => {
    expect(homeSheetGate([flag({ acknowledgedAt: null, decision: null })]).kind).toBe('blocked');
    expect(homeSheetGate([flag({ decision: null })]).kind).toBe('blocked');
    expect(redFlagBlockMessage([flag({ decision: null })], 'print')).toContain(
      "can't be printed for the patient while a red flag is open: suspected calcaneal stress fracture",
    );
  });

  it('allows only the safety sheet while a referral holds, and the exercises once cleared', () => {
    expect(homeSheetGate([flag({ decision: 'referred_imaging' })]).kind).toBe('safety-sheet');
    expect(homeSheetGate([flag({}), flag({ id: 'g', type: 'night_pain' })]).kind).toBe(
      'home-programme',
    );
    expect(homeSheetGate([]).kind).toBe('home-programme');
  });

  it('picks the stop signs for the condition, and general ones otherwise', () => {
    expect(stopSignsFor('Achilles tendinopathy', 'en')).toContain('Heel pain wakes you at night.');
    expect(stopSignsFor('Knee pain', 'en')).toContain('Pain wakes you at night.');
  });
});
