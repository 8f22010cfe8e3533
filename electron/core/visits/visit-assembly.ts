// Builds the Visit the API returns from its rows: parts, scores with change from baseline,
// adherence summary, amendments and whether the visit is locked.
import type { CoreContext } from '../context';
import type { OutcomeRecord, Visit } from '../../../shared/domain/visit';
import { compareToBaseline, type OutcomeMeasureKey } from '../../../shared/outcomes';
import { summariseAdherence } from '../../../shared/visits/adherence';
import { assessPainMonitoring } from '../../../shared/visits/pain-monitoring';
import { readLoadMonitoring } from './load-monitoring-repository';
import { listMeasurements } from './measurements';
import { today } from './clinic-day';
import { findIssuedVersion } from '../plans/issued-versions';
import { readAmendments, type VisitRow } from './visit-repository';
import {
  readAdherence,
  readOutcomes,
  readScoredOutcomes,
  readTreatments,
  type ScoredOutcomeRow,
} from './visit-parts-repository';

/** The first scored record of each measure: the baseline every later score is compared with. */
export function baselinesOf(
  scored: readonly ScoredOutcomeRow[],
): Map<OutcomeMeasureKey, ScoredOutcomeRow> {
  const baselines = new Map<OutcomeMeasureKey, ScoredOutcomeRow>();
  for (const row of scored) {
    const measure = row.measure as OutcomeMeasureKey;
    if (!baselines.has(measure)) baselines.set(measure, row);
  }
  return baselines;
}

export function isLocked(ctx: CoreContext, visitDate: string): boolean {
  return today(ctx.clock) > visitDate;
}

export function assembleVisit(ctx: CoreContext, row: VisitRow): Visit {
  const baselines = baselinesOf(readScoredOutcomes(ctx.db, row.patientId));
  const outcomes: OutcomeRecord[] = readOutcomes(ctx.db, row.id).map((record) => {
    const baseline = baselines.get(record.form.measure);
    let comparison: OutcomeRecord['comparison'] = null;
    // An archived visit is out of the record; the baseline is not compared with itself.
    if (
      !row.archived &&
      baseline &&
      baseline.id !== record.id &&
      record.result.status === 'scored'
    ) {
      comparison = compareToBaseline(record.form.measure, baseline.score, record.result.score);
    }
    return { ...record, comparison, baselineDate: baseline?.date ?? null };
  });
  const adherence = readAdherence(ctx.db, { visitId: row.id }).get(row.id) ?? [];
  const { painMonitoring, running } = readLoadMonitoring(ctx.db, row.id);
  const earlierMornings = listMeasurements(ctx.db, row.patientId, { names: ['first-step-pain'] })
    .filter((m) => m.source === 'diary' && m.visitId !== row.id)
    .map((m) => ({ date: m.date, pain: m.value }));
  const version =
    row.planVersionId === null ? undefined : findIssuedVersion(ctx, row.planVersionId);
  return {
    id: row.id,
    patientId: row.patientId,
    date: row.date,
    time: row.time,
    planId: row.planId,
    planVersionId: row.planVersionId,
    planVersionNumber: version?.versionNumber ?? null,
    planTitle: version?.snapshot.title ?? null,
    soap: row.soap,
    treatments: readTreatments(ctx.db, row.id),
    outcomes,
    adherence,
    adherenceSummary: summariseAdherence(adherence),
    painMonitoring,
    running,
    painAssessment: assessPainMonitoring({
      visitDate: row.date,
      monitoring: painMonitoring,
      weeks: adherence,
      earlierMornings,
    }),
    locked: isLocked(ctx, row.date),
    amendments: readAmendments(ctx.db, row.id),
    archived: row.archived,
    archivedReason: row.archivedReason,
    revision: row.revision,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
