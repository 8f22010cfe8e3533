// The visit summary's "Pain monitoring and running" lines: the model's verdict with its
// reasons, the ratings around the last session, and the week's running.
import type { Visit } from '../../../shared/domain/visit';

function rating(value: number | null): string {
  return value === null ? 'not recorded' : `${value}/10`;
}

export function loadSummaryLines(visit: Visit): string[] {
  const { painAssessment, painMonitoring: pain, running } = visit;
  const lines: string[] = [];
  switch (painAssessment.status) {
    case 'reduce_load':
      lines.push('Reduce load (pain-monitoring model, Silbernagel et al. 2007):');
      for (const reason of painAssessment.reasons) lines.push(`• ${reason.message}`);
      break;
    case 'within_model':
      lines.push('Pain within the pain-monitoring model (Silbernagel et al. 2007).');
      break;
    case 'not_recorded':
      lines.push('Not enough pain recorded to apply the pain-monitoring model.');
      break;
    default: {
      const unreachable: never = painAssessment.status;
      return unreachable;
    }
  }
  if (Object.values(pain).some((value) => value !== null)) {
    lines.push(
      `Last session: first-step pain that morning ${rating(pain.firstStepPain)}, during exercise ` +
        `${rating(pain.duringExercise)}, next morning ${rating(pain.nextMorning)}.`,
    );
  }
  const parts = [
    running.minutesPerWeek === null ? '' : `${running.minutesPerWeek} min`,
    running.kmPerWeek === null ? '' : `${running.kmPerWeek} km`,
    running.walkRunStage === null ? '' : `walk-run stage ${running.walkRunStage}`,
  ].filter((part) => part !== '');
  if (parts.length > 0 || running.note !== '') {
    const note = running.note === '' ? '' : ` (${running.note})`;
    lines.push(`Running in the week before: ${parts.join(', ') || 'no figures'}${note}.`);
  }
  return lines;
}
