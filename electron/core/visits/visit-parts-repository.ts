// What a visit holds: treatments delivered, outcome records and adherence grids. Removed
// parts are archived, never deleted.
import type Database from 'better-sqlite3';
import { z } from 'zod';
import {
  adherenceWeekSchema,
  deliveredTreatmentDraftSchema,
  type AdherenceWeek,
  type DeliveredTreatment,
} from '../../../shared/domain/visit';
import {
  outcomeAnswersSchema,
  scoreResultSchema,
  type OutcomeAnswers,
  type ScoreResult,
} from '../../../shared/outcomes';

// ---------- treatments ----------
const treatmentRowSchema = z.object({
  id: z.string(),
  plan_item_id: z.string().nullable(),
  kind: z.string(),
  title: z.string(),
  parameters: z.string(),
  findings: z.string(),
  notes: z.string(),
});

export function readTreatments(db: Database.Database, visitId: string): DeliveredTreatment[] {
  return db
    .prepare(
      'SELECT * FROM visit_treatments WHERE visit_id = @visitId AND archived = 0 ORDER BY position',
    )
    .all({ visitId })
    .map((raw) => {
      const row = treatmentRowSchema.parse(raw);
      const parsed = deliveredTreatmentDraftSchema.parse({
        planItemId: row.plan_item_id,
        title: row.title,
        kind: row.kind,
        parameters: JSON.parse(row.parameters) as unknown,
        findings: JSON.parse(row.findings) as unknown,
        notes: row.notes,
      });
      return { ...parsed, id: row.id };
    });
}

export function countTreatmentsByVisit(
  db: Database.Database,
  patientId: string,
): Map<string, number> {
  const rows = db
    .prepare(
      `SELECT t.visit_id AS visitId, COUNT(*) AS n FROM visit_treatments t
       JOIN visits v ON v.id = t.visit_id
       WHERE v.patient_id = @patientId AND t.archived = 0 GROUP BY t.visit_id`,
    )
    .all({ patientId }) as { visitId: string; n: number }[];
  return new Map(rows.map((row) => [row.visitId, row.n]));
}

export function writeTreatment(
  db: Database.Database,
  visitId: string,
  position: number,
  treatment: DeliveredTreatment,
  mode: 'insert' | 'update',
): void {
  const params = {
    id: treatment.id,
    visitId,
    position,
    planItemId: treatment.planItemId,
    kind: treatment.kind,
    title: treatment.title,
    parameters: JSON.stringify(treatment.parameters),
    findings: JSON.stringify(treatment.findings),
    notes: treatment.notes,
  };
  if (mode === 'insert') {
    db.prepare(
      `INSERT INTO visit_treatments (id, visit_id, position, plan_item_id, kind, title, parameters, findings, notes)
       VALUES (@id, @visitId, @position, @planItemId, @kind, @title, @parameters, @findings, @notes)`,
    ).run(params);
  } else {
    db.prepare(
      `UPDATE visit_treatments SET position = @position, plan_item_id = @planItemId, kind = @kind,
         title = @title, parameters = @parameters, findings = @findings, notes = @notes
       WHERE id = @id AND visit_id = @visitId`,
    ).run(params);
  }
}

export function archiveTreatment(db: Database.Database, id: string): void {
  db.prepare('UPDATE visit_treatments SET archived = 1 WHERE id = @id').run({ id });
}

// ---------- outcome records ----------
const outcomeRowSchema = z.object({
  id: z.string(),
  visit_id: z.string(),
  measure: z.string(),
  answers: z.string(),
  note: z.string(),
  result: z.string(),
});

export interface StoredOutcome {
  id: string;
  form: OutcomeAnswers;
  note: string;
  result: ScoreResult;
}

export function readOutcomes(db: Database.Database, visitId: string): StoredOutcome[] {
  return db
    .prepare(
      'SELECT * FROM outcome_records WHERE visit_id = @visitId AND archived = 0 ORDER BY created_at, id',
    )
    .all({ visitId })
    .map((raw) => {
      const row = outcomeRowSchema.parse(raw);
      return {
        id: row.id,
        form: outcomeAnswersSchema.parse({
          measure: row.measure,
          answers: JSON.parse(row.answers) as unknown,
        }),
        note: row.note,
        result: scoreResultSchema.parse(JSON.parse(row.result) as unknown),
      };
    });
}

const scoredRowSchema = z.object({
  id: z.string(),
  visitId: z.string(),
  measure: z.string(),
  score: z.number(),
  date: z.string(),
  time: z.string(),
});
export type ScoredOutcomeRow = z.infer<typeof scoredRowSchema>;

/** Every scored record of a patient on visits still in the record, oldest visit first. */
export function readScoredOutcomes(db: Database.Database, patientId: string): ScoredOutcomeRow[] {
  return db
    .prepare(
      `SELECT o.id, o.visit_id AS visitId, o.measure, o.score, v.visit_date AS date, v.visit_time AS time
       FROM outcome_records o JOIN visits v ON v.id = o.visit_id
       WHERE o.patient_id = @patientId AND o.archived = 0 AND v.archived = 0 AND o.status = 'scored'
       ORDER BY v.visit_date, v.visit_time, v.created_at, v.id`,
    )
    .all({ patientId })
    .map((raw) => scoredRowSchema.parse(raw));
}

export function writeOutcome(
  db: Database.Database,
  args: { visitId: string; patientId: string; record: StoredOutcome; at: string },
  mode: 'insert' | 'update',
): void {
  const { record } = args;
  const params = {
    id: record.id,
    visitId: args.visitId,
    patientId: args.patientId,
    measure: record.form.measure,
    answers: JSON.stringify(record.form.answers),
    note: record.note,
    status: record.result.status,
    score: record.result.status === 'scored' ? record.result.score : null,
    result: JSON.stringify(record.result),
    at: args.at,
  };
  if (mode === 'insert') {
    db.prepare(
      `INSERT INTO outcome_records (id, visit_id, patient_id, measure, answers, note, status, score, result, created_at, updated_at)
       VALUES (@id, @visitId, @patientId, @measure, @answers, @note, @status, @score, @result, @at, @at)`,
    ).run(params);
  } else {
    db.prepare(
      `UPDATE outcome_records SET measure = @measure, answers = @answers, note = @note, status = @status,
         score = @score, result = @result, updated_at = @at
       WHERE id = @id AND visit_id = @visitId`,
    ).run(params);
  }
}

export function archiveOutcome(db: Database.Database, id: string, at: string): void {
  db.prepare('UPDATE outcome_records SET archived = 1, updated_at = @at WHERE id = @id').run({
    id,
    at,
  });
}

// ---------- adherence grids ----------
const BLANK_WEEK: readonly null[] = Array<null>(7).fill(null);
const weekRowSchema = z.object({
  id: z.string(),
  visit_id: z.string(),
  week_start: z.string(),
  first_step_pain: z.string(),
  pain_during: z.string(),
  next_morning_pain: z.string(),
});
const entryRowSchema = z.object({
  week_id: z.string(),
  plan_item_id: z.string().nullable(),
  title: z.string(),
  target_days: z.number(),
  days: z.string(),
});

/** Adherence weeks per visit, for one visit or every visit of a patient. */
export function readAdherence(
  db: Database.Database,
  scope: { visitId: string } | { patientId: string },
): Map<string, AdherenceWeek[]> {
  const where = 'visitId' in scope ? 'w.visit_id = @visitId' : 'v.patient_id = @patientId';
  const weeks = db
    .prepare(
      `SELECT w.id, w.visit_id, w.week_start, w.first_step_pain, w.pain_during, w.next_morning_pain
       FROM adherence_weeks w
       JOIN visits v ON v.id = w.visit_id WHERE ${where} AND w.archived = 0 ORDER BY w.week_start`,
    )
    .all(scope)
    .map((raw) => weekRowSchema.parse(raw));
  const entries = db
    .prepare(
      `SELECT e.week_id, e.plan_item_id, e.title, e.target_days, e.days FROM adherence_entries e
       JOIN adherence_weeks w ON w.id = e.week_id JOIN visits v ON v.id = w.visit_id
       WHERE ${where} AND w.archived = 0 ORDER BY e.week_id, e.position`,
    )
    .all(scope)
    .map((raw) => entryRowSchema.parse(raw));
  const byWeek = new Map<string, z.infer<typeof entryRowSchema>[]>();
  for (const entry of entries) {
    const list = byWeek.get(entry.week_id) ?? [];
    list.push(entry);
    byWeek.set(entry.week_id, list);
  }
  const byVisit = new Map<string, AdherenceWeek[]>();
  for (const week of weeks) {
    const parsed = adherenceWeekSchema.parse({
      weekStart: week.week_start,
      firstStepPain: JSON.parse(week.first_step_pain) as unknown,
      painDuringExercise: JSON.parse(week.pain_during) as unknown,
      nextMorningPain: JSON.parse(week.next_morning_pain) as unknown,
      exercises: (byWeek.get(week.id) ?? []).map((entry) => ({
        planItemId: entry.plan_item_id,
        title: entry.title,
        targetDays: entry.target_days,
        days: JSON.parse(entry.days) as unknown,
      })),
    });
    const list = byVisit.get(week.visit_id) ?? [];
    list.push(parsed);
    byVisit.set(week.visit_id, list);
  }
  return byVisit;
}

export function insertAdherenceWeek(
  db: Database.Database,
  args: { id: string; visitId: string; week: AdherenceWeek; newId: () => string },
): void {
  db.prepare(
    `INSERT INTO adherence_weeks (id, visit_id, week_start, first_step_pain, pain_during, next_morning_pain)
     VALUES (@id, @visitId, @weekStart, @pain, @during, @nextMorning)`,
  ).run({
    id: args.id,
    visitId: args.visitId,
    weekStart: args.week.weekStart,
    pain: JSON.stringify(args.week.firstStepPain),
    during: JSON.stringify(args.week.painDuringExercise ?? BLANK_WEEK),
    nextMorning: JSON.stringify(args.week.nextMorningPain ?? BLANK_WEEK),
  });
  const insert = db.prepare(
    `INSERT INTO adherence_entries (id, week_id, position, plan_item_id, title, target_days, days)
     VALUES (@id, @weekId, @position, @planItemId, @title, @targetDays, @days)`,
  );
  args.week.exercises.forEach((exercise, position) => {
    insert.run({
      id: args.newId(),
      weekId: args.id,
      position,
      planItemId: exercise.planItemId,
      title: exercise.title,
      targetDays: exercise.targetDays,
      days: JSON.stringify(exercise.days),
    });
  });
}

export function archiveAdherenceWeeks(db: Database.Database, visitId: string): void {
  db.prepare(
    'UPDATE adherence_weeks SET archived = 1 WHERE visit_id = @visitId AND archived = 0',
  ).run({ visitId });
}
