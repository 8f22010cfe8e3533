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
import { useT, useUiLanguage } from '../../app/i18n';

type PainRule = PainAssessment['reasons'][number]['rule'];

/** What each broken rule means, for screens in another language than the model's English. */
const ruleKeys = {
  during_above_limit: 'visits:pain.reasons.duringAboveLimit',
  not_settled: 'visits:pain.reasons.notSettled',
  weekly_rise: 'visits:pain.reasons.weeklyRise',
} as const satisfies Record<PainRule, string>;

// The reasons are worded by the shared model in English, with their dates and ratings; other
// languages say which rule was broken (the ratings are on the same screen).
export function PainVerdict({ assessment }: { assessment: PainAssessment }) {
  const t = useT();
  const english = useUiLanguage() === 'en';
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
              <List.Item key={reason.rule}>
                {english ? reason.message : t(ruleKeys[reason.rule], { limit: PAIN_DURING_LIMIT })}
              </List.Item>
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
