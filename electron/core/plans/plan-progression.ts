// Progression by phase: the entry criteria of each phase, where the patient stands against the
// next phase's criteria, and the clinician's decision (move on, stay, step back), recorded with
// its reason and the criteria as they stood, audited, and kept in the plan's timeline.
import {
  evaluateCriterion,
  type CriterionEvaluation,
  type PhaseCriterionDraft,
  type PhaseProgress,
} from '../../../shared/domain/phase-criteria';
import type { Plan, PhaseDecisionKind } from '../../../shared/domain/plan';
import type { CoreContext } from '../context';
import { AppError, notFound } from '../errors';
import { today } from '../visits/clinic-day';
import { patientVisitDate } from '../visits/visit-lookup';
import { readMeasurements } from './phase-measurements';
import {
  insertPhaseDecision,
  setCurrentPhaseRow,
  setEntryCriteriaRow,
} from './plan-progression-repository';
import { getPlan, requirePatientPlan, writePlan, type PlanRef } from './plan-write';

export function setPhaseCriteria(
  ctx: CoreContext,
  input: PlanRef & { phaseId: string; criteria: readonly PhaseCriterionDraft[] },
): Plan {
  writePlan(ctx, { ...input, fields: ['entryCriteria'] }, (row) => {
    const plan = getPlan(ctx, row.id);
    const phase = plan.phases.find((p) => p.id === input.phaseId);
    if (!phase) throw notFound('The phase');
    const known = new Set(phase.entryCriteria.map((c) => c.id));
    setEntryCriteriaRow(
      ctx.db,
      phase.id,
      input.criteria.map((c) => ({
        id: c.id !== undefined && known.has(c.id) ? c.id : ctx.newId(),
        measure: c.measure,
        comparator: c.comparator,
        target: c.target,
        days: c.days,
      })),
    );
  });
  return getPlan(ctx, input.planId);
}

/** The next phase's entry criteria judged on the patient's readings up to `asOf`. */
export function progressOf(ctx: CoreContext, plan: Plan, asOf: string): PhaseProgress {
  if (plan.patientId === null) {
    throw new AppError('VALIDATION', "A template has no patient to judge; open a patient's plan.");
  }
  const index = Math.max(
    0,
    plan.phases.findIndex((p) => p.id === plan.currentPhaseId),
  );
  const current = plan.phases[index];
  if (!current) throw notFound('The plan’s phase');
  const previous = plan.phases[index - 1];
  const nextPhase = plan.phases[index + 1];
  const measurements = nextPhase ? readMeasurements(ctx.db, plan.patientId, asOf) : [];
  const criteria: CriterionEvaluation[] = (nextPhase?.entryCriteria ?? []).map((c) =>
    evaluateCriterion(c, measurements, asOf),
  );
  const proposal: PhaseProgress['proposal'] = !nextPhase
    ? 'last_phase'
    : criteria.length === 0
      ? 'no_criteria'
      : criteria.every((c) => c.status === 'met')
        ? 'move_on'
        : 'not_yet';
  return {
    planId: plan.id,
    asOf,
    current: { id: current.id, title: current.title },
    previous: previous ? { id: previous.id, title: previous.title } : null,
    next: nextPhase ? { id: nextPhase.id, title: nextPhase.title, criteria } : null,
    proposal,
  };
}

export function phaseProgress(
  ctx: CoreContext,
  input: { planId: string; asOf?: string },
): PhaseProgress {
  return progressOf(ctx, getPlan(ctx, input.planId), input.asOf ?? today(ctx.clock));
}

function decisionKind(from: number, to: number): PhaseDecisionKind {
  if (to > from) return 'move_on';
  return to === from ? 'stay' : 'step_back';
}

export function decidePhase(
  ctx: CoreContext,
  input: PlanRef & { toPhaseId: string; reason: string; visitId?: string },
): Plan {
  const patientId = requirePatientPlan(ctx, input.planId, 'phase to move through');
  writePlan(ctx, { ...input, fields: ['currentPhase'] }, (row, now) => {
    const plan = getPlan(ctx, row.id);
    const from = Math.max(
      0,
      plan.phases.findIndex((p) => p.id === plan.currentPhaseId),
    );
    const to = plan.phases.findIndex((p) => p.id === input.toPhaseId);
    const fromPhase = plan.phases[from];
    const toPhase = plan.phases[to];
    if (!fromPhase || !toPhase) throw notFound('The phase');
    let asOf = today(ctx.clock);
    if (input.visitId !== undefined) {
      asOf = patientVisitDate(ctx, input.visitId, patientId);
    }
    // The criteria that argued for (or against) the phase decided on, as they stood.
    const criteria =
      to > from
        ? toPhase.entryCriteria.map((c) =>
            evaluateCriterion(c, readMeasurements(ctx.db, patientId, asOf), asOf),
          )
        : [];
    insertPhaseDecision(ctx.db, {
      id: ctx.newId(),
      planId: row.id,
      visitId: input.visitId ?? null,
      decision: decisionKind(from, to),
      fromPhaseId: fromPhase.id,
      fromPhaseTitle: fromPhase.title,
      toPhaseId: toPhase.id,
      toPhaseTitle: toPhase.title,
      reason: input.reason,
      criteria,
      decidedAt: now,
    });
    setCurrentPhaseRow(ctx.db, row.id, toPhase.id);
  });
  return getPlan(ctx, input.planId);
}
