// What the pain-monitoring model says about a visit: "Reduce load" with the rules broken, or
// that the recorded pain is within it, or what is missing to judge it.
import { Alert, List, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { PainAssessment } from '../../../../shared/domain/load-monitoring';
import {
  PAIN_DURING_LIMIT,
  WEEKLY_MIN_MORNINGS,
  WEEKLY_RISE_POINTS,
} from '../../../../shared/visits/pain-monitoring';
import { useT } from '../../app/i18n';

// The reasons are worded by the shared model (with their dates), like the core's messages.
export function PainVerdict({ assessment }: { assessment: PainAssessment }) {
  const t = useT();
  const rule = t('visits:pain.rule', {
    limit: PAIN_DURING_LIMIT,
    rise: WEEKLY_RISE_POINTS,
    mornings: WEEKLY_MIN_MORNINGS,
  });
  switch (assessment.status) {
    case 'reduce_load':
      return (
        <Alert
          color="orange"
          variant="light"
          title={t('visits:pain.reduceLoad')}
          icon={<IconAlertTriangle size={18} />}
          role="alert"
          aria-label={t('visits:pain.reduceLoad')}
        >
          <List size="sm" spacing={2}>
            {assessment.reasons.map((reason) => (
              <List.Item key={reason.rule}>{reason.message}</List.Item>
            ))}
          </List>
          <Text size="xs" c="dimmed" mt={4}>
            {rule}
          </Text>
        </Alert>
      );
    case 'within_model':
      return (
        <Text size="sm" c="teal.8" role="status" title={rule}>
          {t('visits:pain.withinModel')}
        </Text>
      );
    case 'not_recorded':
      return (
        <Text size="sm" c="dimmed" role="status">
          {t('visits:pain.notRecorded')}
        </Text>
      );
    default: {
      const unreachable: never = assessment.status;
      return unreachable;
    }
  }
}
