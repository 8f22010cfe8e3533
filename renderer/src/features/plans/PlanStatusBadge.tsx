// A plan's status as a coloured badge in the screens' language (the patient's plan list).
import { Badge } from '@mantine/core';
import type { PlanStatus } from '../../../../shared/domain/plan';
import { useT } from '../../app/i18n';
import { planStatusColors, planStatusLabelKeys } from './plan-labels';

export function PlanStatusBadge({ status }: { status: PlanStatus }) {
  const t = useT();
  return (
    <Badge color={planStatusColors[status]} variant="light">
      {t(planStatusLabelKeys[status])}
    </Badge>
  );
}
