// Red flags as they bear on printing a home sheet: an undecided flag stops the print and its
// decision can be recorded right here (as when issuing); a referral decision means the
// patient gets only the safety sheet, which the dialog says before anything is printed.
import { Alert, List, Text } from '@mantine/core';
import { homeSheetGate } from '../../../../shared/safety/red-flag-gate';
import { redFlagDecisions, redFlagLabels } from '../../../../shared/safety/red-flag-types';
import { useApiMutation, useApiQuery } from '../../app/api';
import { RedFlagGateAlert } from '../red-flags/RedFlagGateAlert';
import { useT } from '../../app/i18n';

/** The plan behind an issued version, with its red flags as they stand now. */
function usePlanOfVersion(planVersionId: string) {
  const version = useApiQuery('plans.getVersion', { versionId: planVersionId });
  const planId = version.data?.snapshot.planId ?? '';
  return useApiQuery('plans.get', { planId }, { enabled: planId !== '' });
}

export function PrintRedFlagGate({ planVersionId }: { planVersionId: string }) {
  const plan = usePlanOfVersion(planVersionId);
  const acknowledge = useApiMutation('plans.acknowledgeRedFlag');
  if (!plan.data) return null;
  const { id, revision, redFlags } = plan.data;
  return (
    <RedFlagGateAlert
      flags={redFlags}
      action="print"
      decide={(flag, decision, acknowledgement) =>
        acknowledge.mutateAsync({
          planId: id,
          revision,
          redFlagId: flag.id,
          decision,
          acknowledgement,
        })
      }
    />
  );
}

export function SafetySheetNotice({ planVersionId }: { planVersionId: string }) {
  const plan = usePlanOfVersion(planVersionId);
  const t = useT();
  if (!plan.data) return null;
  const gate = homeSheetGate(plan.data.redFlags);
  if (gate.kind !== 'safety-sheet') return null;
  return (
    <Alert color="orange" title={t('print:safety.title')}>
      <Text size="sm">{t('print:safety.intro')}</Text>
      <List size="sm" my={4}>
        {gate.flags.map((f) => (
          <List.Item key={f.id}>
            {redFlagLabels[f.type]}: {f.decision ? redFlagDecisions[f.decision].label : ''}
          </List.Item>
        ))}
      </List>
      <Text size="sm">{t('print:safety.clear')}</Text>
    </Alert>
  );
}
