// Red-flag names, decisions and urgencies in the screens' language, by code. The English table
// in shared/safety/red-flag-types.ts stays the one source of the rules; these keys only name
// its entries, and each translation keeps the clinical meaning of the English exactly.
import type {
  RedFlagDecision,
  RedFlagType,
  Urgency,
} from '../../../../shared/safety/red-flag-types';

export const redFlagLabelKeys = {
  suspected_stress_fracture: 'redFlags:types.suspected_stress_fracture',
  suspected_tendon_rupture: 'redFlags:types.suspected_tendon_rupture',
  night_pain: 'redFlags:types.night_pain',
  pain_not_improving_with_rest: 'redFlags:types.pain_not_improving_with_rest',
  swelling_redness_warmth: 'redFlags:types.swelling_redness_warmth',
  fever_unwell: 'redFlags:types.fever_unwell',
  numbness_tingling: 'redFlags:types.numbness_tingling',
  other_joints_inflamed: 'redFlags:types.other_joints_inflamed',
  other: 'redFlags:types.other',
} as const satisfies Record<RedFlagType, string>;

export const redFlagDecisionKeys = {
  cleared: 'redFlags:decisions.cleared',
  referred_imaging: 'redFlags:decisions.referred_imaging',
  referred_same_day: 'redFlags:decisions.referred_same_day',
  referred_gp: 'redFlags:decisions.referred_gp',
  awaiting_results: 'redFlags:decisions.awaiting_results',
} as const satisfies Record<RedFlagDecision, string>;

/** "within a few days", written to follow "refer:" or "Urgency:". */
export const urgencyKeys = {
  same_day: 'redFlags:urgency.same_day',
  within_days: 'redFlags:urgency.within_days',
  within_two_weeks: 'redFlags:urgency.within_two_weeks',
} as const satisfies Record<Urgency, string>;

/** What the clinician does about it: "refer urgently, to be seen within a few days". */
export const urgencyAdviceKeys = {
  same_day: 'redFlags:urgencyAdvice.same_day',
  within_days: 'redFlags:urgencyAdvice.within_days',
  within_two_weeks: 'redFlags:urgencyAdvice.within_two_weeks',
} as const satisfies Record<Urgency, string>;
