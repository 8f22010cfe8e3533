// How soon each red flag needs medical review: the one answer that the red-flag screen, the
// tests that raise a flag and the patient leaflets all give (checked by a content test).
import type { RedFlagType } from './plan';

export const urgencies = ['same_day', 'within_a_week'] as const;
export type Urgency = (typeof urgencies)[number];

/** The words every built-in item uses for an urgency, patient- and clinician-facing alike. */
export const urgencyWords: Record<Urgency, string> = {
  same_day: 'the same day',
  within_a_week: 'within a week',
};

/**
 * A torn tendon and an infected heel cannot wait; a suspected bone stress injury stops impact
 * at once and needs imaging soon, but not an emergency visit. "other" is the clinician's call.
 */
export const redFlagUrgency: Record<RedFlagType, Urgency | null> = {
  suspected_tendon_rupture: 'same_day',
  swelling_redness_warmth: 'same_day',
  suspected_stress_fracture: 'within_a_week',
  pain_not_improving_with_rest: 'within_a_week',
  night_pain: 'within_a_week',
  numbness_tingling: 'within_a_week',
  other_joints_inflamed: 'within_a_week',
  other: null,
};
