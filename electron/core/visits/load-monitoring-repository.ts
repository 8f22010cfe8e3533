// The visit_load_monitoring table: one row per visit with its pain-monitoring entry and
// running load. A visit without a row recorded neither.
import type Database from 'better-sqlite3';
import { z } from 'zod';
import {
  EMPTY_PAIN_MONITORING,
  EMPTY_RUNNING_LOAD,
  painMonitoringSchema,
  runningLoadSchema,
  type PainMonitoring,
  type RunningLoad,
} from '../../../shared/domain/load-monitoring';

const rowSchema = z.object({
  visit_id: z.string(),
  first_step_pain: z.number().nullable(),
  pain_during: z.number().nullable(),
  pain_next_morning: z.number().nullable(),
  running_minutes: z.number().nullable(),
  running_km: z.number().nullable(),
  walk_run_stage: z.number().nullable(),
  running_note: z.string(),
});

export interface LoadMonitoring {
  painMonitoring: PainMonitoring;
  running: RunningLoad;
}

export const EMPTY_LOAD_MONITORING: LoadMonitoring = {
  painMonitoring: EMPTY_PAIN_MONITORING,
  running: EMPTY_RUNNING_LOAD,
};

function toLoadMonitoring(raw: unknown): LoadMonitoring {
  const row = rowSchema.parse(raw);
  return {
    painMonitoring: painMonitoringSchema.parse({
      firstStepPain: row.first_step_pain,
      duringExercise: row.pain_during,
      nextMorning: row.pain_next_morning,
    }),
    running: runningLoadSchema.parse({
      minutesPerWeek: row.running_minutes,
      kmPerWeek: row.running_km,
      walkRunStage: row.walk_run_stage,
      note: row.running_note,
    }),
  };
}

export function readLoadMonitoring(db: Database.Database, visitId: string): LoadMonitoring {
  const raw: unknown = db
    .prepare('SELECT * FROM visit_load_monitoring WHERE visit_id = @visitId')
    .get({ visitId });
  return raw === undefined ? EMPTY_LOAD_MONITORING : toLoadMonitoring(raw);
}

/** Every visit's entry for a patient, by visit id (archived visits included). */
export function readPatientLoadMonitoring(
  db: Database.Database,
  patientId: string,
): Map<string, LoadMonitoring> {
  const rows = db
    .prepare(
      `SELECT m.* FROM visit_load_monitoring m JOIN visits v ON v.id = m.visit_id
       WHERE v.patient_id = @patientId`,
    )
    .all({ patientId });
  return new Map(
    rows.map((raw) => [rowSchema.parse(raw).visit_id, toLoadMonitoring(raw)] as const),
  );
}

export function writeLoadMonitoring(
  db: Database.Database,
  visitId: string,
  entry: LoadMonitoring,
): void {
  const { painMonitoring: pain, running } = entry;
  db.prepare(
    `INSERT INTO visit_load_monitoring (visit_id, first_step_pain, pain_during, pain_next_morning,
       running_minutes, running_km, walk_run_stage, running_note)
     VALUES (@visitId, @firstStep, @during, @nextMorning, @minutes, @km, @stage, @note)
     ON CONFLICT (visit_id) DO UPDATE SET first_step_pain = excluded.first_step_pain,
       pain_during = excluded.pain_during, pain_next_morning = excluded.pain_next_morning,
       running_minutes = excluded.running_minutes, running_km = excluded.running_km,
       walk_run_stage = excluded.walk_run_stage, running_note = excluded.running_note`,
  ).run({
    visitId,
    firstStep: pain.firstStepPain,
    during: pain.duringExercise,
    nextMorning: pain.nextMorning,
    minutes: running.minutesPerWeek,
    km: running.kmPerWeek,
    stage: running.walkRunStage,
    note: running.note,
  });
}
