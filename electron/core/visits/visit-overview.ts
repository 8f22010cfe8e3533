// The patient page in one read: visit list, score series with MCID targets, first-step pain,
// adherence per visit and a timeline of plan changes between visits.
import type { CoreContext } from '../context';
import type { AdherenceWeek } from '../../../shared/domain/visit';
import type {
  MeasureSeries,
  PatientVisitsOverview,
  TimelineEntry,
  VisitSummary,
} from '../../../shared/domain/visit-progress';
import {
  compareToBaseline,
  outcomeMeasureKeys,
  outcomeMeasures,
  type OutcomeMeasureKey,
} from '../../../shared/outcomes';
import { summariseAdherence } from '../../../shared/visits/adherence';
import { addDays } from '../../../shared/visits/dates';
import { timelinePlanChanges } from '../../../shared/visits/plan-changes';
import { today } from './clinic-day';
import { findPatient } from '../patients/patients-service';
import { issuedVersionsById } from '../plans/issued-versions';
import { notFound } from '../errors';
import { baselinesOf } from './visit-assembly';
import {
  countTreatmentsByVisit,
  readAdherence,
  readScoredOutcomes,
} from './visit-parts-repository';
import { amendedVisitIds, listVisitRows } from './visit-repository';
import { readPatientLoadMonitoring } from './load-monitoring-repository';
import { listMeasurements } from './measurements';
import { UnreadableRows } from '../read-around';

type PainPoint = PatientVisitsOverview['progress']['painMonitoring'][number];
const PAIN_FIELDS = {
  'first-step-pain': 'firstStepPain',
  'pain-during-exercise': 'duringExercise',
  'next-morning-pain': 'nextMorning',
} as const;

/** One point per day; a later entry for the same day and rating wins (as for first-step pain). */
function painByDay(db: Parameters<typeof listMeasurements>[0], patientId: string): PainPoint[] {
  const days = new Map<string, PainPoint>();
  for (const m of listMeasurements(db, patientId, {
    names: Object.keys(PAIN_FIELDS) as (keyof typeof PAIN_FIELDS)[],
  })) {
    if (!(m.name in PAIN_FIELDS)) continue;
    const field = PAIN_FIELDS[m.name as keyof typeof PAIN_FIELDS];
    const day = days.get(m.date) ?? {
      date: m.date,
      firstStepPain: null,
      duringExercise: null,
      nextMorning: null,
    };
    days.set(m.date, { ...day, [field]: m.value });
  }
  return [...days.values()];
}

/** The score a patient must reach from the baseline for the MCID: the chart's reference line. */
export function mcidTarget(measure: OutcomeMeasureKey, baseline: number): number {
  const { mcid, direction, scoreMin, scoreMax } = outcomeMeasures[measure];
  return direction === 'higher_is_better'
    ? Math.min(scoreMax, baseline + mcid.points)
    : Math.max(scoreMin, baseline - mcid.points);
}

export function firstLine(text: string): string {
  const line = text.split('\n').find((part) => part.trim() !== '') ?? '';
  return line.length > 120 ? `${line.slice(0, 119)}…` : line;
}

export function patientVisitsOverview(ctx: CoreContext, patientId: string): PatientVisitsOverview {
  const patient = findPatient(ctx, patientId);
  if (!patient) throw notFound('This patient');
  const unreadable = new UnreadableRows(['visit record', 'visit records']);
  const rows = listVisitRows(ctx.db, patientId, unreadable);
  const inRecord = rows.filter((row) => !row.archived);
  // Scores of a visit left out as unreadable are left out with it.
  const readable = new Set(rows.map((row) => row.id));
  const scored = readScoredOutcomes(ctx.db, patientId).filter((r) => readable.has(r.visitId));
  const baselines = baselinesOf(scored);
  const adherenceByVisit = readAdherence(ctx.db, { patientId });
  const treatmentCounts = countTreatmentsByVisit(ctx.db, patientId);
  const amended = amendedVisitIds(ctx.db, patientId);
  const versionIds = [
    ...new Set(rows.flatMap((row) => (row.planVersionId === null ? [] : [row.planVersionId]))),
  ];
  const versions = issuedVersionsById(ctx, versionIds);
  const day = today(ctx.clock);

  // Scores by visit, each with its change from the baseline.
  const seriesByMeasure = new Map<OutcomeMeasureKey, MeasureSeries['points']>();
  const scoresByVisit = new Map<string, VisitSummary['scores']>();
  for (const record of scored) {
    const measure = record.measure as OutcomeMeasureKey;
    const baseline = baselines.get(measure);
    if (!baseline) continue;
    const comparison = compareToBaseline(measure, baseline.score, record.score);
    const reachesMcid = baseline.id !== record.id && comparison.reachesMcid;
    const points = seriesByMeasure.get(measure) ?? [];
    points.push({
      visitId: record.visitId,
      date: record.date,
      score: record.score,
      change: comparison.change,
      reachesMcid,
    });
    seriesByMeasure.set(measure, points);
    const scores = scoresByVisit.get(record.visitId) ?? [];
    scores.push({ measure, score: record.score, reachesMcid });
    scoresByVisit.set(record.visitId, scores);
  }
  const measures: MeasureSeries[] = outcomeMeasureKeys.flatMap((measure) => {
    const baseline = baselines.get(measure);
    const points = seriesByMeasure.get(measure);
    return baseline && points
      ? [
          {
            measure,
            baseline: baseline.score,
            mcidTarget: mcidTarget(measure, baseline.score),
            points,
          },
        ]
      : [];
  });

  // First-step pain by day; where two grids cover the same day, the later visit's entry wins.
  const painByDate = new Map<string, number>();
  const adherence: PatientVisitsOverview['progress']['adherence'] = [];
  const adherencePercent = new Map<string, number | null>();
  for (const row of rows) {
    const weeks: AdherenceWeek[] = adherenceByVisit.get(row.id) ?? [];
    const summary = summariseAdherence(weeks);
    adherencePercent.set(row.id, summary.percent);
    if (row.archived) continue;
    if (summary.percent !== null)
      adherence.push({ visitId: row.id, date: row.date, percent: summary.percent });
    for (const week of weeks) {
      week.firstStepPain.forEach((pain, index) => {
        if (pain !== null) painByDate.set(addDays(week.weekStart, index), pain);
      });
    }
  }
  const firstStepPain = [...painByDate.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, pain]) => ({ date, pain }));

  const loads = readPatientLoadMonitoring(ctx.db, patientId);
  const running = inRecord.flatMap((row) => {
    const load = loads.get(row.id)?.running;
    if (
      !load ||
      (load.minutesPerWeek === null && load.kmPerWeek === null && load.walkRunStage === null)
    )
      return [];
    const { minutesPerWeek, kmPerWeek, walkRunStage } = load;
    return [{ visitId: row.id, date: row.date, minutesPerWeek, kmPerWeek, walkRunStage }];
  });

  const timeline: TimelineEntry[] = inRecord.map((row, index) => {
    const version = row.planVersionId === null ? undefined : versions.get(row.planVersionId);
    const previousRow = index > 0 ? inRecord[index - 1] : undefined;
    const previous = previousRow?.planVersionId
      ? versions.get(previousRow.planVersionId)
      : undefined;
    const planChanged =
      previousRow !== undefined && previousRow.planVersionId !== row.planVersionId;
    return {
      visitId: row.id,
      date: row.date,
      planVersionNumber: version?.versionNumber ?? null,
      planTitle: version?.snapshot.title ?? null,
      planChanges:
        planChanged && previous && version
          ? timelinePlanChanges(previous.snapshot, version.snapshot)
          : null,
      planChanged,
    };
  });

  const visits: VisitSummary[] = rows
    .map((row) => {
      const version = row.planVersionId === null ? undefined : versions.get(row.planVersionId);
      return {
        id: row.id,
        date: row.date,
        time: row.time,
        planVersionNumber: version?.versionNumber ?? null,
        planTitle: version?.snapshot.title ?? null,
        headline: firstLine(row.soap.subjective),
        treatmentCount: treatmentCounts.get(row.id) ?? 0,
        scores: scoresByVisit.get(row.id) ?? [],
        adherencePercent: adherencePercent.get(row.id) ?? null,
        locked: day > row.date,
        amended: amended.has(row.id),
        archived: row.archived,
      };
    })
    .reverse(); // newest first for the list

  return {
    patientId,
    patient: {
      firstName: patient.firstName,
      lastName: patient.lastName,
      dateOfBirth: patient.dateOfBirth,
      archived: patient.archived,
    },
    visits,
    progress: {
      measures,
      firstStepPain,
      adherence,
      painMonitoring: painByDay(ctx.db, patientId),
      running,
      timeline,
    },
    unreadable: unreadable.report(ctx.log, 'the visits of a patient'),
  };
}
