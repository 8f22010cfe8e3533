// The live score of a form: the score, change from baseline and the MCID badge, or why it
// is not scored yet.
import { Badge, Group, Text } from '@mantine/core';
import {
  compareToBaseline,
  formatChange,
  formatScore,
  outcomeMeasures,
  type OutcomeMeasureKey,
  type ScoreResult,
} from '../../../../shared/outcomes';
import { formatDate } from '../../app/format';

export interface Baseline {
  score: number;
  date: string;
}

function McidSource({ measure }: { measure: OutcomeMeasureKey }) {
  const { mcid, shortName } = outcomeMeasures[measure];
  const review = mcid.review ? ` ${mcid.review}` : '';
  return (
    <Text size="xs" c="dimmed" title={`${mcid.reference}${review}`}>
      {shortName} MCID {mcid.points} points · {mcid.source}
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
  return (
    <Group gap={6} wrap="nowrap">
      {worse ? (
        <Badge color="red" variant="light" style={{ flexShrink: 0 }}>
          Worse by the MCID
        </Badge>
      ) : (
        <Badge color="teal" variant="filled" style={{ flexShrink: 0 }}>
          MCID reached
        </Badge>
      )}
      <McidSource measure={measure} />
    </Group>
  );
}

export function ScoreSummary({
  result,
  baseline,
}: {
  result: ScoreResult;
  baseline: Baseline | undefined;
}) {
  if (result.status === 'incomplete') {
    return (
      <Text size="sm" c="orange.8" role="status">
        Not scored: {result.message}
      </Text>
    );
  }
  const comparison = baseline
    ? compareToBaseline(result.measure, baseline.score, result.score)
    : undefined;
  return (
    <Group gap="xs" role="status" aria-label={`${outcomeMeasures[result.measure].shortName} score`}>
      <Text fw={600}>Score {formatScore(result.measure, result.score)}</Text>
      {comparison ? (
        <>
          <Text size="sm" c="dimmed">
            {formatChange(comparison.change)} from{' '}
            {formatScore(result.measure, baseline?.score ?? 0)} on {formatDate(baseline?.date)}
          </Text>
          {comparison.reachesMcid && <McidBadge measure={result.measure} />}
          {comparison.worseByMcid && <McidBadge measure={result.measure} worse />}
        </>
      ) : (
        <Text size="sm" c="dimmed">
          baseline
        </Text>
      )}
    </Group>
  );
}
