// The readings phase entry criteria are judged on, gathered from a patient's visits still in the
// record: first-step pain from the paper diary and the first-step pain assessment, heel-raise
// and hop findings, and outcome scores. Each source adds `{ measure, date, value }` rows, so a
// new source (running load, pain during exercise) plugs in as one more reader.
import type Database from 'better-sqlite3';
import { z } from 'zod';
import type { Measurement, PhaseMeasureKey } from '../../../shared/domain/phase-criteria';
import { findingsSchema, type Findings } from '../../../shared/domain/parameters';
import type { OutcomeMeasureKey } from '../../../shared/outcomes';
import { addDays } from '../../../shared/visits/dates';

const outcomeMeasure: Record<OutcomeMeasureKey, PhaseMeasureKey> = {
  nprs: 'nprs',
  'faam-adl': 'faam_adl',
  'faam-sports': 'faam_sports',
  lefs: 'lefs',
  ffi: 'ffi',
  'visa-a': 'visa_a',
};

/** The numbers of a finding: one, or one per side (sides left blank are skipped). */
function numbers(findings: Findings, key: string): number[] {
  const value = findings[key];
  if (typeof value === 'number') return [value];
  if (value !== undefined && typeof value === 'object') {
    return [value.left, value.right].filter((v): v is number => typeof v === 'number');
  }
  return [];
}

function fromDiary(db: Database.Database, patientId: string, asOf: string): Measurement[] {
  const rows = db
    .prepare(
      `SELECT w.week_start AS weekStart, w.first_step_pain AS pain FROM adherence_weeks w
       JOIN visits v ON v.id = w.visit_id
       WHERE v.patient_id = @patientId AND v.archived = 0 AND w.archived = 0
         AND v.visit_date <= @asOf`,
    )
    .all({ patientId, asOf }) as { weekStart: string; pain: string }[];
  return rows.flatMap((row) =>
    z
      .array(z.number().nullable())
      .parse(JSON.parse(row.pain))
      .flatMap((value, day) =>
        value === null
          ? []
          : [{ measure: 'first_step_pain' as const, date: addDays(row.weekStart, day), value }],
      ),
  );
}

/** Measurements in one assessment's findings, recognised by the finding keys it records. */
export function measurementsInFindings(findings: Findings, date: string): Measurement[] {
  const out: Measurement[] = [];
  const add = (measure: PhaseMeasureKey, value: number) => out.push({ measure, date, value });
  const firstStep = numbers(findings, 'firstStepPain');
  if (firstStep.length > 0) add('first_step_pain', Math.max(...firstStep));
  const raises = numbers(findings, 'heelRaiseReps');
  if (raises.length > 0) add('heel_raise_reps', Math.min(...raises));
  if (raises.length === 2) {
    const stronger = Math.max(...raises);
    add('heel_raise_symmetry', stronger === 0 ? 0 : (Math.min(...raises) / stronger) * 100);
  }
  // The hop test records pain while hopping next to the hop count; the Achilles tests call it
  // hopPain. The heel-raise test's own "painDuring" is not about hopping.
  const hopPain = [
    ...numbers(findings, 'hopPain'),
    ...('hops' in findings ? numbers(findings, 'painDuring') : []),
  ];
  if (hopPain.length > 0) add('hop_pain', Math.max(...hopPain));
  return out;
}

function fromFindings(db: Database.Database, patientId: string, asOf: string): Measurement[] {
  const rows = db
    .prepare(
      `SELECT t.findings, v.visit_date AS date FROM visit_treatments t
       JOIN visits v ON v.id = t.visit_id
       WHERE v.patient_id = @patientId AND v.archived = 0 AND t.archived = 0
         AND t.kind = 'assessment' AND v.visit_date <= @asOf`,
    )
    .all({ patientId, asOf }) as { findings: string; date: string }[];
  return rows.flatMap((row) =>
    measurementsInFindings(findingsSchema.parse(JSON.parse(row.findings)), row.date),
  );
}

function fromOutcomes(db: Database.Database, patientId: string, asOf: string): Measurement[] {
  const rows = db
    .prepare(
      `SELECT o.measure, o.score, v.visit_date AS date FROM outcome_records o
       JOIN visits v ON v.id = o.visit_id
       WHERE o.patient_id = @patientId AND o.archived = 0 AND v.archived = 0
         AND o.status = 'scored' AND v.visit_date <= @asOf`,
    )
    .all({ patientId, asOf }) as { measure: OutcomeMeasureKey; score: number; date: string }[];
  return rows.flatMap((row) => {
    const measure = outcomeMeasure[row.measure] as PhaseMeasureKey | undefined;
    return measure ? [{ measure, date: row.date, value: row.score }] : [];
  });
}

/** Every reading of a patient up to and including `asOf`. */
export function readMeasurements(
  db: Database.Database,
  patientId: string,
  asOf: string,
): Measurement[] {
  return [
    ...fromDiary(db, patientId, asOf),
    ...fromFindings(db, patientId, asOf),
    ...fromOutcomes(db, patientId, asOf),
  ];
}
