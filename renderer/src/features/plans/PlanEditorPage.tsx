// The plan editor: the plan (phases and items beside the library), its goals, red flags and
// issued versions. Also opens templates (built-in protocols read-only).
import { Alert, Badge, Button, Group, Stack, Tabs } from '@mantine/core';
import { useParams } from 'react-router';
import type { Plan } from '../../../../shared/domain/plan';
import { useT } from '../../app/i18n';
import { QueryState } from '../../app/QueryState';
import { PhaseProgressPanel } from '../phases/PhaseProgressPanel';
import { PhaseTimeline } from '../phases/PhaseTimeline';
import { GoalsPanel } from './GoalsPanel';
import { PlanBoard } from './PlanBoard';
import { PlanEditorContext } from './plan-editor-context';
import { PlanHeader } from './PlanHeader';
import { RedFlagsPanel } from './RedFlagsPanel';
import { usePlanEditor, type PlanEditor as PlanEditorState } from './use-plan-editor';
import { VersionsPanel } from './VersionsPanel';

export function PlanEditorPage() {
  const { planId = '' } = useParams();
  const t = useT();
  const editor = usePlanEditor(planId);
  return (
    <QueryState
      query={{ data: editor.plan, error: editor.loadError, isPending: editor.loading }}
      loadingLabel={t('plans:editor.loading')}
      errorTitle={t('plans:editor.loadFailed')}
    >
      {(plan) => <PlanEditor editor={editor} plan={plan} />}
    </QueryState>
  );
}

function PlanEditor({ editor, plan }: { editor: PlanEditorState; plan: Plan }) {
  const t = useT();
  const readOnly = plan.builtInKey !== null || plan.archived;
  const openFlags = plan.redFlags.filter((f) => f.acknowledgedAt === null).length;
  const isTemplate = plan.patientId === null;
  return (
    <PlanEditorContext.Provider value={editor}>
      <Stack gap="md">
        <PlanHeader plan={plan} readOnly={readOnly} />
        {editor.conflict && (
          <Alert
            color="orange"
            title={t('plans:editor.conflictTitle')}
            role="alert"
            // Stays in view wherever the clinician was working when the write was refused.
            style={{
              position: 'sticky',
              top: 'calc(var(--app-shell-header-height, 52px) + 8px)',
              zIndex: 20,
            }}
          >
            <Group justify="space-between">
              {editor.conflict}
              <Button size="xs" onClick={editor.reload}>
                {t('plans:editor.reload')}
              </Button>
            </Group>
          </Alert>
        )}
        {plan.builtInKey !== null && (
          <Alert color="indigo">{t('plans:editor.builtInNotice')}</Alert>
        )}
        <Tabs defaultValue="plan" keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="plan">{t('plans:editor.tabPlan')}</Tabs.Tab>
            <Tabs.Tab value="goals">
              {t('plans:editor.tabGoals', { number: plan.goals.length })}
            </Tabs.Tab>
            {!isTemplate && (
              <Tabs.Tab
                value="red-flags"
                rightSection={
                  openFlags > 0 ? (
                    <Badge color="red" size="sm">
                      {t('plans:editor.openFlags', { count: openFlags })}
                    </Badge>
                  ) : undefined
                }
              >
                {t('plans:editor.tabRedFlags')}
              </Tabs.Tab>
            )}
            {!isTemplate && (
              <Tabs.Tab value="progress">
                {t('plans:editor.tabProgress', { number: plan.phaseDecisions.length })}
              </Tabs.Tab>
            )}
            {!isTemplate && (
              <Tabs.Tab value="versions">
                {t('plans:editor.tabVersions', { number: plan.versions.length })}
              </Tabs.Tab>
            )}
          </Tabs.List>
          <Tabs.Panel value="plan" pt="md">
            <PlanBoard plan={plan} readOnly={readOnly} />
          </Tabs.Panel>
          <Tabs.Panel value="goals" pt="md">
            <GoalsPanel goals={plan.goals} readOnly={readOnly} />
          </Tabs.Panel>
          <Tabs.Panel value="red-flags" pt="md">
            <RedFlagsPanel flags={plan.redFlags} readOnly={readOnly} />
          </Tabs.Panel>
          <Tabs.Panel value="progress" pt="md">
            <Stack gap="md">
              <PhaseProgressPanel planId={plan.id} readOnly={readOnly} />
              <PhaseTimeline decisions={plan.phaseDecisions} />
            </Stack>
          </Tabs.Panel>
          <Tabs.Panel value="versions" pt="md">
            <VersionsPanel planId={plan.id} versions={plan.versions} />
          </Tabs.Panel>
        </Tabs>
      </Stack>
    </PlanEditorContext.Provider>
  );
}
