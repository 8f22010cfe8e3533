// Patient page speed: a patient with 100 visits and 300 scored measures, read through the
// core's dispatcher (input and output validation included). Prints BENCH lines.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openCore } from '../../electron/core/app-core';
import { silentLogger } from '../../electron/core/context';
import type { VisitDraft } from '../../shared/domain/visit';
import { addDays } from '../../shared/visits/dates';
import {
  fasciaStretchItem,
  faamAdlWithSum,
  heelDropItem,
  insertPatient,
  insertPlanVersion,
  mobilisationItem,
  shockwaveItem,
  shockwaveTreatment,
} from '../support/visit-fixtures';
import { measure, report } from './bench-utils';

const VISITS = 100;
const RUNS = 60;
const TODAY = '2026-11-22';

let tick = Date.parse(`${TODAY}T12:00:00.000Z`);
let ids = 0;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'physioplan-bench-visits-'));
const core = openCore({
  dataDir,
  host: { kind: 'test', appVersion: 'bench' },
  clock: () => new Date((tick += 1)),
  newId: () => `id-${String(++ids).padStart(8, '0')}`,
  log: silentLogger,
});

async function call(method: string, input: unknown): Promise<unknown> {
  const result = await core.dispatch(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value;
}

async function seed(): Promise<void> {
  const { db } = core.ctx;
  insertPatient(db, { id: 'pat-bench', firstName: 'Bench', lastName: 'Runner' });
  for (let v = 1; v <= 4; v += 1) {
    insertPlanVersion(db, {
      planId: 'plan-bench',
      versionId: `pv-${v}`,
      versionNumber: v,
      patientId: 'pat-bench',
      items:
        v % 2 === 0
          ? [shockwaveItem, mobilisationItem, heelDropItem]
          : [shockwaveItem, heelDropItem, fasciaStretchItem],
    });
  }
  for (let i = 0; i < VISITS; i += 1) {
    const date = addDays(TODAY, -(VISITS - i) * 3);
    const draft: VisitDraft = {
      patientId: 'pat-bench',
      date,
      time: '10:00',
      planVersionId: `pv-${1 + Math.floor((i * 4) / VISITS)}`,
      soap: {
        subjective: `Visit ${i + 1}: first steps easier, ran ${i % 10} km.`,
        objective: 'Windlass test, knee to wall measured.',
        assessment: 'Improving steadily.',
        plan: 'Continue loading.',
      },
      treatments: [
        shockwaveTreatment({ planItemId: shockwaveItem.id, title: shockwaveItem.title }),
      ],
      outcomes: [
        {
          form: { measure: 'nprs', answers: [Math.max(0, 8 - Math.floor(i / 12))] },
          note: 'first steps',
        },
        {
          form: {
            measure: 'faam-adl',
            answers: faamAdlWithSum(Math.min(84, 40 + Math.floor(i / 3))),
          },
          note: '',
        },
        {
          form: {
            measure: 'visa-a',
            answers: {
              items: [5, 5, 6, 6, 4, 3, 4],
              q8: { noPain: null, painCompletes: '11-20', painStops: null },
            },
          },
          note: '',
        },
      ],
      adherence: [
        {
          weekStart: addDays(date, -7),
          firstStepPain: [6, 6, 5, null, 5, 4, 4],
          exercises: [
            {
              planItemId: heelDropItem.id,
              title: heelDropItem.title,
              targetDays: 7,
              days: [true, true, false, true, true, true, false],
            },
            {
              planItemId: fasciaStretchItem.id,
              title: fasciaStretchItem.title,
              targetDays: 5,
              days: [true, false, true, true, false, true, true],
            },
          ],
        },
      ],
    };
    await call('visits.create', draft);
  }
}

try {
  await seed();
  const overview = (await call('visits.overview', { patientId: 'pat-bench' })) as {
    visits: unknown[];
    progress: { measures: { points: unknown[] }[] };
  };
  const points = overview.progress.measures.reduce((sum, series) => sum + series.points.length, 0);
  if (overview.visits.length !== VISITS || points !== 3 * VISITS) {
    throw new Error(`Seed mismatch: ${overview.visits.length} visits, ${points} scored measures`);
  }
  report(
    'visits.overview (patient page, 100 visits, 300 scored measures)',
    await measure(() => call('visits.overview', { patientId: 'pat-bench' }), RUNS),
  );
  const lastVisitId = (overview.visits[0] as { id: string }).id;
  report(
    'visits.get (one visit of that patient)',
    await measure(() => call('visits.get', { id: lastVisitId }), RUNS),
  );
} finally {
  core.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
