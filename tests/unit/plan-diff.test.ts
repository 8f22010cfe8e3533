import { describe, expect, it } from 'vitest';
import type { PlanItem, PlanVersionSnapshot } from '../../shared/domain/plan';
import type { ExerciseParameters } from '../../shared/domain/parameters';
import { diffPlanVersions, isEmptyDiff } from '../../shared/plans/plan-diff';
import { planItem } from '../support/plan-items';

function exercise(id: string, title: string, parameters: ExerciseParameters): PlanItem {
  return planItem(id, title, { kind: 'exercise', parameters }, 'p1');
}

function snapshot(
  versionNumber: number,
  phases: { id: string; title: string; items: PlanItem[] }[],
  extra: Partial<PlanVersionSnapshot> = {},
): PlanVersionSnapshot {
  return {
    planId: 'plan-1',
    versionNumber,
    issuedAt: '2026-11-22T09:00:00.000Z',
    patient: {
      id: 'pt-1',
      firstName: 'Ana',
      lastName: 'Núñez',
      dateOfBirth: '1988-04-02',
      preferredLanguage: 'en',
    },
    title: 'Plantar heel pain',
    condition: 'Plantar heel pain',
    goals: [],
    redFlags: [],
    phases: phases.map((p) => ({ ...p, description: '', entryCriteria: [] })),
    ...extra,
  };
}

const heelDrops = exercise('a', 'Heel drops', { sets: 3, reps: 15, timesPerDay: 2 });
const calfStretch = exercise('b', 'Calf stretch', { sets: 3, durationSeconds: 30 });
const towelCurls = exercise('c', 'Towel curls', { sets: 2, reps: 20 });
const balance = exercise('d', 'Single-leg balance', { sets: 3, durationSeconds: 30 });

describe('plan version diff', () => {
  it('finds nothing between identical versions', () => {
    const v1 = snapshot(1, [{ id: 'p1', title: 'Weeks 0–2', items: [heelDrops, calfStretch] }]);
    const diff = diffPlanVersions(v1, { ...v1, versionNumber: 2 });
    expect(isEmptyDiff(diff)).toBe(true);
    expect([diff.fromVersion, diff.toVersion]).toEqual([1, 2]);
  });

  it('sees no change when the same settings were saved in another order', () => {
    const reordered = exercise('a', 'Heel drops', { timesPerDay: 2, reps: 15, sets: 3 });
    const v1 = snapshot(1, [{ id: 'p1', title: 'Weeks 0–2', items: [heelDrops] }]);
    const v2 = snapshot(2, [{ id: 'p1', title: 'Weeks 0–2', items: [reordered] }]);
    expect(isEmptyDiff(diffPlanVersions(v1, v2))).toBe(true);
  });

  it('reports a dose change in the clinic shorthand', () => {
    const v1 = snapshot(1, [{ id: 'p1', title: 'Weeks 0–2', items: [heelDrops] }]);
    const v2 = snapshot(2, [
      {
        id: 'p1',
        title: 'Weeks 0–2',
        items: [exercise('a', 'Heel drops', { sets: 3, reps: 20, timesPerDay: 2 })],
      },
    ]);
    const diff = diffPlanVersions(v1, v2);
    expect(diff.changed).toHaveLength(1);
    expect(diff.changed[0]?.summary).toBe('Heel drops: 3×15 → 3×20');
    expect(diff.changed[0]?.changes).toEqual([
      { key: 'volume', label: 'sets and reps', before: '3×15', after: '3×20' },
    ]);
    expect(diff.added.length + diff.removed.length + diff.moved.length).toBe(0);
  });

  it('shows a change from body weight although the patient line never names it', () => {
    const stretch = (load: ExerciseParameters['load']) =>
      exercise('s', 'Plantar fascia stretch', { sets: 1, reps: 10, holdSeconds: 10, load });
    const v1 = snapshot(1, [
      { id: 'p1', title: 'Weeks 0–2', items: [stretch({ type: 'bodyweight' })] },
    ]);
    const v2 = snapshot(2, [
      { id: 'p1', title: 'Weeks 0–2', items: [stretch({ type: 'kg', kg: 2 })] },
    ]);
    expect(diffPlanVersions(v1, v2).changed[0]?.summary).toBe(
      'Plantar fascia stretch: body weight → 2 kg',
    );
  });

  it('names settings that appear or disappear, and note changes', () => {
    const v1 = snapshot(1, [{ id: 'p1', title: 'Weeks 0–2', items: [heelDrops] }]);
    const v2 = snapshot(2, [
      {
        id: 'p1',
        title: 'Weeks 0–2',
        items: [
          {
            ...exercise('a', 'Heel drops', { sets: 3, reps: 15, holdSeconds: 3 }),
            patientNote: 'Go slowly',
          },
        ],
      },
    ]);
    expect(diffPlanVersions(v1, v2).changed[0]?.summary).toBe(
      'Heel drops: twice a day removed, hold 3 s added, note changed',
    );
  });

  it('does not call items moved when one before them was removed', () => {
    const v1 = snapshot(1, [
      { id: 'p1', title: 'Weeks 0–2', items: [heelDrops, calfStretch, towelCurls] },
    ]);
    const v2 = snapshot(2, [{ id: 'p1', title: 'Weeks 0–2', items: [calfStretch, towelCurls] }]);
    const diff = diffPlanVersions(v1, v2);
    expect(diff.removed.map((r) => r.summary)).toEqual(['Removed: Heel drops (Weeks 0–2)']);
    expect(diff.moved).toEqual([]);
    expect(diff.changed).toEqual([]);
  });

  it('finds added items with their phase and dose', () => {
    const v1 = snapshot(1, [{ id: 'p1', title: 'Weeks 0–2', items: [heelDrops] }]);
    const v2 = snapshot(2, [{ id: 'p1', title: 'Weeks 0–2', items: [balance, heelDrops] }]);
    const diff = diffPlanVersions(v1, v2);
    expect(diff.added).toEqual([
      expect.objectContaining({
        title: 'Single-leg balance',
        phaseTitle: 'Weeks 0–2',
        dose: '3×30 s',
      }),
    ]);
    expect(diff.moved).toEqual([]);
  });

  it('reports an item moved to the end of its phase, and one moved to another phase', () => {
    const v1 = snapshot(1, [
      { id: 'p1', title: 'Weeks 0–2', items: [heelDrops, calfStretch, towelCurls] },
      { id: 'p2', title: 'Weeks 3–6', items: [balance] },
    ]);
    const v2 = snapshot(2, [
      { id: 'p1', title: 'Weeks 0–2', items: [calfStretch, heelDrops] },
      { id: 'p2', title: 'Weeks 3–6', items: [balance, { ...towelCurls, phaseId: 'p2' }] },
    ]);
    const diff = diffPlanVersions(v1, v2);
    expect(diff.moved.map((m) => m.summary).sort()).toEqual([
      expect.stringMatching(
        /^Moved: (Heel drops from place 1 to place 2|Calf stretch from place 2 to place 1) in Weeks 0–2$/,
      ),
      'Moved: Towel curls from Weeks 0–2 to Weeks 3–6',
    ]);
  });

  it('reports one item moved when it jumps from last to first', () => {
    const v1 = snapshot(1, [
      { id: 'p1', title: 'Weeks 0–2', items: [heelDrops, calfStretch, towelCurls, balance] },
    ]);
    const v2 = snapshot(2, [
      { id: 'p1', title: 'Weeks 0–2', items: [balance, heelDrops, calfStretch, towelCurls] },
    ]);
    const diff = diffPlanVersions(v1, v2);
    expect(diff.moved).toEqual([
      expect.objectContaining({ title: 'Single-leg balance', fromPosition: 4, toPosition: 1 }),
    ]);
  });

  it('lists plan-level changes: title, phases, goals, red flags', () => {
    const v1 = snapshot(1, [{ id: 'p1', title: 'Weeks 0–2', items: [] }], {
      goals: [{ id: 'g1', description: 'Walk without pain', target: 'NPRS ≤ 2', targetDate: null }],
      redFlags: [
        {
          id: 'f1',
          type: 'night_pain',
          note: '',
          recordedAt: '2026-11-22T09:00:00.000Z',
          acknowledgedAt: null,
          acknowledgement: '',
          decision: null,
          visitId: null,
        },
      ],
    });
    const v2 = snapshot(
      2,
      [
        { id: 'p1', title: 'Weeks 0–3', items: [] },
        { id: 'p2', title: 'Return to running', items: [] },
      ],
      {
        title: 'Plantar heel pain — later phase',
        goals: [{ id: 'g2', description: 'Run 5 km', target: '', targetDate: '2027-02-01' }],
        redFlags: [
          {
            id: 'f1',
            type: 'night_pain',
            note: '',
            recordedAt: '2026-11-22T09:00:00.000Z',
            acknowledgedAt: '2026-11-23T09:00:00.000Z',
            acknowledgement: 'Settled, X-ray clear',
            decision: 'cleared',
            visitId: null,
          },
        ],
      },
    );
    expect(diffPlanVersions(v1, v2).planChanges).toEqual([
      'Title: Plantar heel pain → Plantar heel pain — later phase',
      'Phase renamed: Weeks 0–2 → Weeks 0–3',
      'Phase added: Return to running',
      'Goal added: Run 5 km',
      'Goal removed: Walk without pain',
      'Red flag acknowledged: Night pain',
    ]);
  });

  it('compares modality settings with their units', () => {
    const us = (intensity: number): PlanItem =>
      planItem(
        'u',
        'Ultrasound',
        {
          kind: 'modality',
          parameters: {
            device: 'ultrasound',
            frequencyMHz: 3,
            intensityWPerCm2: intensity,
            dutyCyclePercent: 20,
            minutes: 5,
          },
        },
        'p1',
      );
    const v1 = snapshot(1, [{ id: 'p1', title: 'Clinic', items: [us(1)] }]);
    const v2 = snapshot(2, [{ id: 'p1', title: 'Clinic', items: [us(1.5)] }]);
    expect(diffPlanVersions(v1, v2).changed[0]?.summary).toBe('Ultrasound: 1.0 W/cm² → 1.5 W/cm²');
  });
});
