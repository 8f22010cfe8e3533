// What the pain-monitoring model says about a visit: "Reduce load" with the rules broken, or
// that the recorded pain is within it, or what is missing to judge it.
import { Alert, List, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { PainAssessment } from '../../../../shared/domain/load-monitoring';
import { PAIN_MODEL_RULE } from '../../../../shared/visits/pain-monitoring';

export function PainVerdict({ assessment }: { assessment: PainAssessment }) {
  switch (assessment.status) {
    case 'reduce_load':
      return (
        <Alert
          color="orange"
          variant="light"
          title="Reduce load"
          icon={<IconAlertTriangle size={18} />}
          role="alert"
          aria-label="Reduce load"
        >
          <List size="sm" spacing={2}>
            {assessment.reasons.map((reason) => (
              <List.Item key={reason.rule}>{reason.message}</List.Item>
            ))}
          </List>
          <Text size="xs" c="dimmed" mt={4}>
            {PAIN_MODEL_RULE}
          </Text>
        </Alert>
      );
    case 'within_model':
      return (
        <Text size="sm" c="teal.8" role="status" title={PAIN_MODEL_RULE}>
          Pain is within the pain-monitoring model (Silbernagel et al. 2007): the load can stay or
          progress.
        </Text>
      );
    case 'not_recorded':
      return (
        <Text size="sm" c="dimmed" role="status">
          Not enough recorded to apply the pain-monitoring model: record pain during exercise, or
          first-step and next-morning pain, here or in the diary.
        </Text>
      );
    default: {
      const unreachable: never = assessment.status;
      return unreachable;
    }
  }
}
