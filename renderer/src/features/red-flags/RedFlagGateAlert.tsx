// Shown wherever a red flag waiting for a decision stops something (issuing a plan, printing a
// home sheet): the flags, and the decision form for each right there.
import { Alert, Paper, Stack, Text } from '@mantine/core';
import type { RedFlag } from '../../../../shared/domain/plan';
import { needsDecision } from '../../../../shared/safety/red-flag-gate';
import {
  redFlagLabels,
  redFlagTypeInfo,
  urgencies,
} from '../../../../shared/safety/red-flag-types';
import { RedFlagDecisionForm, type DecideRedFlag } from './RedFlagDecisionForm';

export function RedFlagGateAlert({
  flags,
  action,
  decide,
}: {
  flags: readonly RedFlag[];
  action: 'issue' | 'print';
  decide: DecideRedFlag;
}) {
  const waiting = flags.filter(needsDecision);
  if (waiting.length === 0) return null;
  return (
    <Alert color="red" title="A red flag is open" role="alert">
      <Stack gap="xs">
        <Text size="sm">
          {action === 'issue'
            ? 'A home sheet must not go out until you have reviewed it. Record what you decided, then issue the plan.'
            : 'Nothing prints for the patient until you have reviewed it. Record what you decided; referred or awaiting results prints a safety sheet instead of exercises.'}
        </Text>
        {waiting.map((flag) => (
          <Paper
            key={flag.id}
            p="xs"
            withBorder
            aria-label={`Open red flag: ${redFlagLabels[flag.type]}`}
          >
            <Text size="sm" fw={600}>
              {redFlagLabels[flag.type]} · refer:{' '}
              {urgencies[redFlagTypeInfo[flag.type].urgency].label.toLowerCase()}
            </Text>
            {flag.note && <Text size="sm">{flag.note}</Text>}
            <RedFlagDecisionForm flag={flag} decide={decide} />
          </Paper>
        ))}
      </Stack>
    </Alert>
  );
}
