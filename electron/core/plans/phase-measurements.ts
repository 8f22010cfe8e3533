// The readings phase entry criteria are judged on, gathered from a patient's visits still in the
// record: the paper diary's daily pain rows, the pain monitoring and running load recorded per
// visit, heel-raise and hop findings, and outcome scores. Each source adds
// `{ measure, date, value }` rows, so a new source plugs in as one more reader.
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

const dailyRatings = z.array(z.number().nullable());

/** The paper diary's daily rows: first-step pain, pain during exercise, next-morning pain. */
function fromDiary(db: Database.Database, patientId: string, asOf: string): Measurement[] {
  const rows = db
    .prepare(
      `SELECT w.week_start AS weekStart, w.first_step_pain AS firstStep,
         w.pain_during AS during, w.next_morning_pain AS nextMorning FROM adherence_weeks w
       JOIN visits v ON v.id = w.visit_id
       WHERE v.patient_id = @patientId AND v.archived = 0 AND w.archived = 0
         AND v.visit_date <= @asOf`,
    )
    .all({ patientId, asOf }) as {
    weekStart: string;
    firstStep: string;
    during: string;
    nextMorning: string;
  }[];
  const days = (weekStart: string, json: string, measure: PhaseMeasureKey): Measurement[] =>
    dailyRatings
      .parse(JSON.parse(json))
      .flatMap((value, day) =>
        value === null ? [] : [{ measure, date: addDays(weekStart, day), value }],
      );
  return rows.flatMap((row) => [
    ...days(row.weekStart, row.firstStep, 'first_step_pain'),
    ...days(row.weekStart, row.during, 'pain_during_exercise'),
    ...days(row.weekStart, row.nextMorning, 'next_morning_pain'),
  ]);
}

/** Pain monitoring and running load recorded at each visit (one row per visit). */
function fromLoadMonitoring(db: Database.Database, patientId: string, asOf: string): Measurement[] {
  const rows = db
    .prepare(
      `SELECT v.visit_date AS date, m.first_step_pain, m.pain_during, m.pain_next_morning,
         m.running_minutes, m.walk_run_stage FROM visit_load_monitoring m
       JOIN visits v ON v.id = m.visit_id
       WHERE v.patient_id = @patientId AND v.archived = 0 AND v.visit_date <= @asOf`,
    )
    .all({ patientId, asOf }) as Record<string, number | string | null>[];
  const columns: [string, PhaseMeasureKey][] = [
    ['first_step_pain', 'first_step_pain'],
    ['pain_during', 'pain_during_exercise'],
    ['pain_next_morning', 'next_morning_pain'],
    ['running_minutes', 'weekly_running_minutes'],
    ['walk_run_stage', 'walk_run_stage'],
  ];
  return rows.flatMap((row) =>
    columns.flatMap(([column, measure]) => {
      const value = row[column];
      return typeof value === 'number' && typeof row['date'] === 'string'
        ? [{ measure, date: row['date'], value }]
        : [];
    }),
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
    ...fromLoadMonitoring(db, patientId, asOf),
    ...fromFindings(db, patientId, asOf),
    ...fromOutcomes(db, patientId, asOf),
  ];
}
