// The live score of a form: the score, change from baseline and the MCID badge, or why it
// is not scored yet.
import { Badge, Group, Text } from '@mantine/core';
import {
  compareToBaseline,
  outcomeMeasures,
  type OutcomeMeasureKey,
  type ScoreResult,
} from '../../../../shared/outcomes';
import { formatDate } from '../../app/format';
import { useT } from '../../app/i18n';
import { changeText, notScoredText, scoreText } from './outcome-labels';

export interface Baseline {
  score: number;
  date: string;
}

function McidSource({ measure }: { measure: OutcomeMeasureKey }) {
  const t = useT();
  const { mcid, shortName } = outcomeMeasures[measure];
  // The reference and the review note are bibliography: they stay as published.
  const review = mcid.review ? ` ${mcid.review}` : '';
  return (
    <Text size="xs" c="dimmed" title={`${mcid.reference}${review}`}>
      {t('outcomes:score.mcidSource', {
        measure: shortName,
        points: mcid.points,
        source: mcid.source,
      })}
    </Text>
  );
}

/** A change that reaches the MCID, better or worse, with the figure and its source beside it. */
export function McidBadge({
  measure,
  worse = false,
}: {
  measure: OutcomeMeasureKey;
  worse?: boolean;
}) {
  const t = useT();
  return (
    <Group gap={6} wrap="nowrap">
      {worse ? (
        <Badge color="red" variant="light" style={{ flexShrink: 0 }}>
          {t('outcomes:score.worseByMcid')}
        </Badge>
      ) : (
        <Badge color="teal" variant="filled" style={{ flexShrink: 0 }}>
          {t('outcomes:score.mcidReached')}
        </Badge>
      )}
      <McidSource measure={measure} />
    </Group>
  );
}

export function ScoreSummary({
  result,
  baseline,
  english,
}: {
  result: ScoreResult;
  baseline: Baseline | undefined;
  /** The screens are in English, where the scoring rules' own explanation is shown. */
  english: boolean;
}) {
  const t = useT();
  if (result.status === 'incomplete') {
    return (
      <Text size="sm" c="orange.8" role="status">
        {notScoredText(t, english, result)}
      </Text>
    );
  }
  const comparison = baseline
    ? compareToBaseline(result.measure, baseline.score, result.score)
    : undefined;
  return (
    <Group
      gap="xs"
      role="status"
      aria-label={t('outcomes:score.label', { measure: outcomeMeasures[result.measure].shortName })}
    >
      <Text fw={600}>
        {t('outcomes:score.score', { score: scoreText(result.measure, result.score) })}
      </Text>
      {comparison ? (
        <>
          <Text size="sm" c="dimmed">
            {t('outcomes:score.changeOn', {
              change: changeText(comparison.change),
              baseline: scoreText(result.measure, baseline?.score ?? 0),
              date: formatDate(baseline?.date),
            })}
          </Text>
          {comparison.reachesMcid && <McidBadge measure={result.measure} />}
          {comparison.worseByMcid && <McidBadge measure={result.measure} worse />}
        </>
      ) : (
        <Text size="sm" c="dimmed">
          {t('outcomes:score.baseline')}
        </Text>
      )}
    </Group>
  );
}
