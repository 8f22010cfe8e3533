// Built-in protocols progress by criteria: every phase after the first says what must be true
// to enter it, and return to running is a sequence of walk–run stages, each read as one block
// ("run 1 min, walk 2 min, 8 times"), not as sets.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtInProtocolFileSchema } from '../../shared/domain/protocol';
import { exerciseParametersSchema } from '../../shared/domain/parameters';
import { doseText } from '../../shared/plans/dose-text';
import { criterionText } from '../../shared/domain/phase-criteria';

const file = path.resolve(import.meta.dirname, '../../resources/protocols/heel-pain.json');
const { protocols } = builtInProtocolFileSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')));

describe('built-in protocol progression', () => {
  it('gives every phase after the first at least one entry criterion', () => {
    for (const protocol of protocols) {
      protocol.phases.slice(1).forEach((phase) => {
        expect(phase.entryCriteria.length, `${protocol.key}: ${phase.title}`).toBeGreaterThan(0);
      });
    }
  });

  it('keeps no separate "In clinic" phase that a patient could be moved into', () => {
    for (const protocol of protocols) {
      expect(protocol.phases.map((p) => p.title)).not.toContain('In clinic');
    }
  });

  it('returns to running in walk–run stages gated on pain, calf strength and hopping', () => {
    const later = protocols.find((p) => p.key === 'protocol.plantar-heel-pain-later');
    const stages = later?.phases.filter((p) => p.title.startsWith('Walk–run')) ?? [];
    expect(stages.map((p) => p.title)).toEqual([
      'Walk–run 1: run 1 min, walk 2 min',
      'Walk–run 2: run 2 min, walk 1 min',
      'Walk–run 3: run 4 min, walk 1 min',
      'Walk–run 4: run 9 min, walk 1 min',
    ]);
    expect(stages[0]?.entryCriteria.map((c) => criterionText(c))).toEqual([
      'First-step pain ≤ 3/10 for a week',
      'Single-leg heel raises, weaker side as % of the other ≥ 80 %',
      'Heel pain on single-leg hopping ≤ 0/10',
    ]);
    const doses = stages.map((stage) => {
      const item = stage.items.find((i) => i.key === 'exercise.walk-run-intervals');
      return doseText(
        {
          kind: 'exercise',
          parameters: exerciseParametersSchema.parse(item?.parameters),
        },
        'en',
      );
    });
    expect(doses).toEqual([
      'Run 1 min, walk 2 min, 8 times, 3 days a week',
      'Run 2 min, walk 1 min, 7 times, 3 days a week',
      'Run 4 min, walk 1 min, 5 times, 3 days a week',
      'Run 9 min, walk 1 min, 3 times, 3 days a week',
    ]);
  });
});
