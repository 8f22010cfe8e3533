// Baselines for the live change-from-baseline shown while entering a form.
import type { PatientVisitsOverview } from '../../../../shared/domain/visit-progress';
import type { OutcomeMeasureKey } from '../../../../shared/outcomes';
import type { Baseline } from './ScoreSummary';

/** The first scored result of each measure; none when that first result is this visit's own. */
export function baselinesFrom(
  overview: PatientVisitsOverview | undefined,
  visitId?: string,
): Partial<Record<OutcomeMeasureKey, Baseline>> {
  const baselines: Partial<Record<OutcomeMeasureKey, Baseline>> = {};
  for (const series of overview?.progress.measures ?? []) {
    const first = series.points[0];
    if (first && first.visitId !== visitId)
      baselines[series.measure] = { score: first.score, date: first.date };
  }
  return baselines;
}
