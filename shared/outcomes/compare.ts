// Change from baseline and whether it is clinically meaningful, in the measure's own direction.
import type { Mcid, OutcomeMeasureKey, ScoreDirection } from './common';

export interface BaselineComparison {
  measure: OutcomeMeasureKey;
  baseline: number;
  current: number;
  /** current − baseline in the measure's units (negative for a fall). */
  change: number;
  /** The change turned so that positive always means the patient is better. */
  improvement: number;
  /** Improvement as a percentage of the baseline; null when the baseline is 0. */
  percentImprovement: number | null;
  direction: 'better' | 'worse' | 'unchanged';
  /** The improvement reaches the MCID (the badge). */
  reachesMcid: boolean;
  /** The patient is worse by at least the MCID (worth a second look). */
  worseByMcid: boolean;
}

// Scores are fractions like 200/3; a difference that is exactly the MCID must not miss it by
// one unit in the last place.
const EPSILON = 1e-9;

export function meetsMcid(mcid: Mcid, amount: number): boolean {
  return amount > 0 && amount >= mcid.points - EPSILON;
}

export function compareScores(
  measure: OutcomeMeasureKey,
  direction: ScoreDirection,
  mcid: Mcid,
  baseline: number,
  current: number,
): BaselineComparison {
  if (!Number.isFinite(baseline) || !Number.isFinite(current)) {
    throw new RangeError('Baseline and current scores must be numbers.');
  }
  const change = current - baseline;
  const improvement = direction === 'higher_is_better' ? change : -change;
  const settled = Math.abs(improvement) < EPSILON ? 0 : improvement;
  return {
    measure,
    baseline,
    current,
    change: settled === 0 ? 0 : change,
    improvement: settled,
    percentImprovement: baseline === 0 ? null : (settled * 100) / baseline,
    direction: settled > 0 ? 'better' : settled < 0 ? 'worse' : 'unchanged',
    reachesMcid: meetsMcid(mcid, settled),
    worseByMcid: meetsMcid(mcid, -settled),
  };
}
