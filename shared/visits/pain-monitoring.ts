// The pain-monitoring model (Silbernagel et al. 2007) applied to what a visit recorded: pain
// during exercise up to 5/10 is acceptable, pain must settle by the next morning, and morning
// pain must not rise from one week to the next. Any of these broken flags "reduce load".
// Pure, so the visit form shows the same verdict the core stores.
import type { AdherenceWeek } from '../domain/visit';
import type { PainAssessment, PainMonitoring } from '../domain/load-monitoring';
import { addDays, readableDate } from './dates';

/** Highest acceptable pain during exercise (0–10). */
export const PAIN_DURING_LIMIT = 5;
/**
 * A rise in the weekly average of morning pain of at least this much counts as an increase.
 * Our reading of "no increase": ratings are whole numbers, so 1 point is the smallest change a
 * patient reports on a single day; smaller movements of an average are noise. To review.
 */
export const WEEKLY_RISE_POINTS = 1;
/** Mornings rated in each of the two weeks before their averages are compared. */
export const WEEKLY_MIN_MORNINGS = 3;

/** One day's pain as the diary (or the visit's own entry) recorded it. */
export interface PainDay extends PainMonitoring {
  date: string;
}

export interface DatedPain {
  date: string;
  pain: number;
}

/** The rule as the app publishes it, for the visit form and the report. */
export const PAIN_MODEL_RULE =
  `Pain-monitoring model (Silbernagel et al. 2007): pain during exercise up to ${PAIN_DURING_LIMIT}/10, ` +
  'back to the morning level by the next morning, and no week-on-week rise in morning pain ' +
  `(weekly average up ${WEEKLY_RISE_POINTS} point or more, from at least ${WEEKLY_MIN_MORNINGS} rated mornings a week). ` +
  'Otherwise: reduce load.';

/** The diary's days, one per date of each grid (blank rows read as null). */
export function diaryDays(weeks: readonly AdherenceWeek[]): PainDay[] {
  return weeks.flatMap((week) =>
    week.firstStepPain.map((firstStepPain, index) => ({
      date: addDays(week.weekStart, index),
      firstStepPain,
      duringExercise: week.painDuringExercise?.[index] ?? null,
      nextMorning: week.nextMorningPain?.[index] ?? null,
    })),
  );
}

function dayList(days: readonly string[]): string {
  return days.length === 1 ? '1 day' : `${days.length} days`;
}

function average(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

function oneDecimal(value: number): string {
  return value.toFixed(1);
}

function mornings(byDate: ReadonlyMap<string, number>, weekStart: string): number[] {
  return Array.from({ length: 7 }, (_, index) => byDate.get(addDays(weekStart, index))).filter(
    (pain): pain is number => pain !== undefined,
  );
}

export interface PainModelInput {
  visitDate: string;
  /** The visit's own entry about the last session (dated the visit day). */
  monitoring: PainMonitoring;
  /** The diary weeks entered at this visit. */
  weeks: readonly AdherenceWeek[];
  /** First-step pain by day from earlier visits' diaries, for the week before. */
  earlierMornings: readonly DatedPain[];
}

/** Applies the model to one visit's recordings. */
export function assessPainMonitoring(input: PainModelInput): PainAssessment {
  const days: PainDay[] = [
    ...diaryDays(input.weeks),
    { date: input.visitDate, ...input.monitoring },
  ];
  const reasons: PainAssessment['reasons'] = [];
  let applied = false;

  const tooPainful = days.filter(
    (day) => day.duringExercise !== null && day.duringExercise > PAIN_DURING_LIMIT,
  );
  if (days.some((day) => day.duringExercise !== null)) applied = true;
  if (tooPainful.length > 0) {
    const list = tooPainful
      .map((day) => `${String(day.duringExercise)}/10 on ${readableDate(day.date)}`)
      .join(', ');
    reasons.push({
      rule: 'during_above_limit',
      message: `Pain during exercise was above ${PAIN_DURING_LIMIT}/10 on ${dayList(tooPainful.map((d) => d.date))}: ${list}.`,
    });
  }

  const paired = days.filter((day) => day.firstStepPain !== null && day.nextMorning !== null);
  if (paired.length > 0) applied = true;
  const unsettled = paired.filter((day) => (day.nextMorning ?? 0) > (day.firstStepPain ?? 0));
  if (unsettled.length > 0) {
    const list = unsettled
      .map(
        (day) =>
          `after ${readableDate(day.date)}, ${String(day.nextMorning)}/10 against ${String(day.firstStepPain)}/10 that morning`,
      )
      .join('; ');
    reasons.push({
      rule: 'not_settled',
      message: `Pain had not settled by the next morning on ${dayList(unsettled.map((d) => d.date))}: ${list}.`,
    });
  }

  const latest = [...input.weeks].sort((a, b) => b.weekStart.localeCompare(a.weekStart))[0];
  if (latest) {
    const byDate = new Map(input.earlierMornings.map((entry) => [entry.date, entry.pain]));
    // This visit's own grids win over what earlier visits recorded for the same days.
    for (const day of diaryDays(input.weeks)) {
      if (day.firstStepPain !== null) byDate.set(day.date, day.firstStepPain);
    }
    const previousStart = addDays(latest.weekStart, -7);
    const now = mornings(byDate, latest.weekStart);
    const before = mornings(byDate, previousStart);
    if (now.length >= WEEKLY_MIN_MORNINGS && before.length >= WEEKLY_MIN_MORNINGS) {
      applied = true;
      const rise = average(now) - average(before);
      if (rise >= WEEKLY_RISE_POINTS - 1e-9) {
        reasons.push({
          rule: 'weekly_rise',
          message:
            `Morning pain rose week on week: average ${oneDecimal(average(now))}/10 in the week from ` +
            `${readableDate(latest.weekStart)} against ${oneDecimal(average(before))}/10 the week from ${readableDate(previousStart)}.`,
        });
      }
    }
  }

  if (reasons.length > 0) return { status: 'reduce_load', reasons };
  return { status: applied ? 'within_model' : 'not_recorded', reasons };
}
