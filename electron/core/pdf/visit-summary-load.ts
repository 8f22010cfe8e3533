// The visit summary's "Pain monitoring and running" lines: the model's verdict with its
// reasons, the ratings around the last session, and the week's running.
import type { Visit } from '../../../shared/domain/visit';
import type { DocumentWords } from './document-language';

export function loadSummaryLines(visit: Visit, words: DocumentWords): string[] {
  const { t } = words;
  const rating = (value: number | null) =>
    value === null ? t('pdf:visit.notRecorded') : `${value}/10`;
  const { painAssessment, painMonitoring: pain, running } = visit;
  const lines: string[] = [];
  switch (painAssessment.status) {
    case 'reduce_load':
      lines.push(t('pdf:visit.reduceLoad'));
      for (const reason of painAssessment.reasons) lines.push(`• ${reason.message}`);
      break;
    case 'within_model':
      lines.push(t('pdf:visit.withinModel'));
      break;
    case 'not_recorded':
      lines.push(t('pdf:visit.notEnoughPain'));
      break;
    default: {
      const unreachable: never = painAssessment.status;
      return unreachable;
    }
  }
  if (Object.values(pain).some((value) => value !== null)) {
    lines.push(
      t('pdf:visit.lastSession', {
        morning: rating(pain.firstStepPain),
        during: rating(pain.duringExercise),
        next: rating(pain.nextMorning),
      }),
    );
  }
  const parts = [
    running.minutesPerWeek === null ? '' : `${words.number(running.minutesPerWeek)} min`,
    running.kmPerWeek === null ? '' : `${words.number(running.kmPerWeek)} km`,
    running.walkRunStage === null
      ? ''
      : t('pdf:visit.walkRunStage', { stage: running.walkRunStage }),
  ].filter((part) => part !== '');
  if (parts.length > 0 || running.note !== '') {
    const note = running.note === '' ? '' : ` (${running.note})`;
    lines.push(
      t('pdf:visit.running', { figures: parts.join(', ') || t('pdf:visit.noFigures'), note }),
    );
  }
  return lines;
}
