// listMeasurements: a patient's dated measurements by name, from visits still in the record
// (archived visits left out). The typed reader phase criteria use; see shared/visits/measurements.ts.
import type Database from 'better-sqlite3';
import type { Measurement, MeasurementName } from '../../../shared/visits/measurements';
import type { OutcomeMeasureKey } from '../../../shared/outcomes';
import { diaryDays } from '../../../shared/visits/pain-monitoring';
import { readPatientLoadMonitoring } from './load-monitoring-repository';
import { readAdherence, readScoredOutcomes } from './visit-parts-repository';
import { listVisitRows } from './visit-repository';

export interface MeasurementQuery {
  /** Only these names (all when left out). */
  names?: readonly MeasurementName[];
  /** Only measurements dated on or before this day (YYYY-MM-DD). */
  upTo?: string;
}

/**
 * Oldest first; on the same day, diary entries come before the visit's own. Where two visits'
 * diaries cover the same day, each entry is listed with its visit.
 */
export function listMeasurements(
  db: Database.Database,
  patientId: string,
  query: MeasurementQuery = {},
): Measurement[] {
  const rows = listVisitRows(db, patientId).filter((row) => !row.archived);
  const diaries = readAdherence(db, { patientId });
  const entries = readPatientLoadMonitoring(db, patientId);
  const list: Measurement[] = [];
  const add = (
    name: MeasurementName,
    date: string,
    value: number | null,
    visitId: string,
    source: Measurement['source'],
  ) => {
    if (value !== null) list.push({ name, date, value, visitId, source });
  };
  for (const row of rows) {
    for (const day of diaryDays(diaries.get(row.id) ?? [])) {
      add('first-step-pain', day.date, day.firstStepPain, row.id, 'diary');
      add('pain-during-exercise', day.date, day.duringExercise, row.id, 'diary');
      add('next-morning-pain', day.date, day.nextMorning, row.id, 'diary');
    }
    const entry = entries.get(row.id);
    if (entry) {
      const { painMonitoring: pain, running } = entry;
      add('first-step-pain', row.date, pain.firstStepPain, row.id, 'visit');
      add('pain-during-exercise', row.date, pain.duringExercise, row.id, 'visit');
      add('next-morning-pain', row.date, pain.nextMorning, row.id, 'visit');
      add('running-minutes-per-week', row.date, running.minutesPerWeek, row.id, 'visit');
      add('running-km-per-week', row.date, running.kmPerWeek, row.id, 'visit');
      add('walk-run-stage', row.date, running.walkRunStage, row.id, 'visit');
    }
  }
  for (const score of readScoredOutcomes(db, patientId)) {
    add(score.measure as OutcomeMeasureKey, score.date, score.score, score.visitId, 'visit');
  }
  const wanted = query.names ? new Set(query.names) : undefined;
  return list
    .filter((m) => (wanted ? wanted.has(m.name) : true))
    .filter((m) => (query.upTo === undefined ? true : m.date <= query.upTo))
    .sort(
      (a, b) =>
        a.date.localeCompare(b.date) || (a.source === b.source ? 0 : a.source === 'diary' ? -1 : 1),
    );
}
