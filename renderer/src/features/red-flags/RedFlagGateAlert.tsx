// Shown wherever a red flag waiting for a decision stops something (issuing a plan, printing a
// home sheet): the flags, and the decision form for each right there.
import { Alert, Paper, Stack, Text } from '@mantine/core';
import type { RedFlag } from '../../../../shared/domain/plan';
import { needsDecision } from '../../../../shared/safety/red-flag-gate';
import { redFlagTypeInfo } from '../../../../shared/safety/red-flag-types';
import { useT } from '../../app/i18n';
import { RedFlagDecisionForm, type DecideRedFlag } from './RedFlagDecisionForm';
import { redFlagLabelKeys, urgencyKeys } from './red-flag-labels';

export function RedFlagGateAlert({
  flags,
  action,
  decide,
}: {
  flags: readonly RedFlag[];
  action: 'issue' | 'print';
  decide: DecideRedFlag;
}) {
  const t = useT();
  const waiting = flags.filter(needsDecision);
  if (waiting.length === 0) return null;
  return (
    <Alert color="red" title={t('redFlags:gate.title')} role="alert">
      <Stack gap="xs">
        <Text size="sm">
          {action === 'issue' ? t('redFlags:gate.issue') : t('redFlags:gate.print')}
        </Text>
        {waiting.map((flag) => (
          <Paper
            key={flag.id}
            p="xs"
            withBorder
            aria-label={t('redFlags:gate.openFlag', { flag: t(redFlagLabelKeys[flag.type]) })}
          >
            <Text size="sm" fw={600}>
              {t('redFlags:gate.refer', {
                flag: t(redFlagLabelKeys[flag.type]),
                urgency: t(urgencyKeys[redFlagTypeInfo[flag.type].urgency]),
              })}
            </Text>
            {flag.note && <Text size="sm">{flag.note}</Text>}
            <RedFlagDecisionForm flag={flag} decide={decide} />
          </Paper>
        ))}
      </Stack>
    </Alert>
  );
}
