// Adherence from the paper grid: days ticked against days prescribed, and the daily
// first-step pain as a series. Pure, so the form shows the same figure the core stores.
import type { AdherenceSummary, AdherenceWeek } from '../domain/visit';
import { addDays } from './dates';

/**
 * Σ min(days ticked, days prescribed) ÷ Σ days prescribed × 100. Extra days beyond the
 * prescription do not make up for another exercise that was skipped.
 */
export function summariseAdherence(weeks: readonly AdherenceWeek[]): AdherenceSummary {
  let daysDone = 0;
  let daysTarget = 0;
  const painSeries: AdherenceSummary['painSeries'] = [];
  const ordered = [...weeks].sort((a, b) => a.weekStart.localeCompare(b.weekStart));
  for (const week of ordered) {
    for (const exercise of week.exercises) {
      const ticked = exercise.days.filter(Boolean).length;
      daysDone += Math.min(ticked, exercise.targetDays);
      daysTarget += exercise.targetDays;
    }
    week.firstStepPain.forEach((pain, index) => {
      if (pain !== null) painSeries.push({ date: addDays(week.weekStart, index), pain });
    });
  }
  return {
    daysDone,
    daysTarget,
    percent: daysTarget === 0 ? null : (daysDone * 100) / daysTarget,
    painSeries,
  };
}
