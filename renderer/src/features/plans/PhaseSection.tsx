// One phase of the plan ("Weeks 0–2: settle pain") with its items in order; a drop target
// for items and library entries.
import {
  ActionIcon,
  Badge,
  Button,
  Group,
  Menu,
  Paper,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { IconDots } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import type { PhaseCriterionDraft } from '../../../../shared/domain/phase-criteria';
import type { PlanPhaseWithItems } from '../../../../shared/domain/plan';
import { useT } from '../../app/i18n';
import { criterionText } from '../phases/criterion-words';
import { MoveToPhaseModal } from '../phases/MoveToPhaseModal';
import { PhaseCriteriaEditor } from '../phases/PhaseCriteriaEditor';

export interface PhaseSectionProps {
  phase: PlanPhaseWithItems;
  position: number;
  phaseCount: number;
  readOnly: boolean;
  /** The phase the patient is in (patient plans only). */
  current: boolean;
  /** A patient's plan (templates have no current phase to move to). */
  patientPlan: boolean;
  children: ReactNode;
  onSaveCriteria(criteria: PhaseCriterionDraft[]): Promise<unknown>;
  onMakeCurrent(reason: string): Promise<unknown>;
  onRename(title: string, description: string): Promise<unknown>;
  onMove(index: number): void;
  onRemove(): void;
}

function PhaseTitleForm(props: {
  phase: PlanPhaseWithItems;
  onSave(title: string, description: string): Promise<unknown>;
  onDone(): void;
}) {
  const t = useT();
  const [title, setTitle] = useState(props.phase.title);
  const [description, setDescription] = useState(props.phase.description);
  const [error, setError] = useState<string | null>(null);
  return (
    <Stack
      gap="xs"
      component="form"
      aria-label={t('phases:section.titleForm')}
      onSubmit={(event) => {
        event.preventDefault();
        props.onSave(title, description).then(props.onDone, (e: unknown) => {
          setError(e instanceof Error ? e.message : String(e));
        });
      }}
    >
      <TextInput
        label={t('phases:section.title')}
        value={title}
        error={error}
        data-autofocus
        onChange={(event) => setTitle(event.currentTarget.value)}
      />
      <Textarea
        label={t('phases:section.description')}
        autosize
        minRows={1}
        value={description}
        onChange={(event) => setDescription(event.currentTarget.value)}
      />
      <Group justify="flex-end" gap="xs">
        <Button size="xs" variant="default" onClick={props.onDone}>
          {t('common:cancel')}
        </Button>
        <Button size="xs" type="submit">
          {t('phases:section.save')}
        </Button>
      </Group>
    </Stack>
  );
}

export function PhaseSection(props: PhaseSectionProps) {
  const t = useT();
  const { phase } = props;
  const [editing, setEditing] = useState(false);
  const [criteriaOpen, setCriteriaOpen] = useState(false);
  const [moveOpen, setMoveOpen] = useState(false);
  const { setNodeRef, isOver } = useDroppable({
    id: `phase:${phase.id}`,
    data: { type: 'phase', phaseId: phase.id },
    disabled: props.readOnly,
  });
  return (
    <Paper
      withBorder
      p="sm"
      ref={setNodeRef}
      component="section"
      aria-label={t('phases:section.label', { title: phase.title })}
      bg={isOver ? 'teal.0' : undefined}
    >
      {editing ? (
        <PhaseTitleForm phase={phase} onSave={props.onRename} onDone={() => setEditing(false)} />
      ) : (
        <Group justify="space-between" wrap="nowrap" mb="xs">
          <div>
            <Group gap="xs">
              <Title order={3} size="h5">
                {phase.title}
              </Title>
              {props.patientPlan && props.current && (
                <Badge color="teal" variant="light">
                  {t('phases:section.current')}
                </Badge>
              )}
            </Group>
            {phase.description && (
              <Text size="sm" c="dimmed">
                {phase.description}
              </Text>
            )}
            {phase.entryCriteria.length > 0 && (
              <Text size="xs" c="dimmed" mt={2}>
                {t('phases:section.toStart', {
                  criteria: phase.entryCriteria.map((c) => criterionText(t, c)).join(' · '),
                })}
              </Text>
            )}
          </div>
          {!props.readOnly && (
            <Menu position="bottom-end">
              <Menu.Target>
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  aria-label={t('phases:section.actions', { title: phase.title })}
                >
                  <IconDots size={18} aria-hidden />
                </ActionIcon>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item onClick={() => setEditing(true)}>{t('phases:section.rename')}</Menu.Item>
                <Menu.Item onClick={() => setCriteriaOpen(true)}>
                  {t('phases:section.criteria')}
                </Menu.Item>
                {props.patientPlan && !props.current && (
                  <Menu.Item onClick={() => setMoveOpen(true)}>
                    {t('phases:section.movePatient')}
                  </Menu.Item>
                )}
                <Menu.Item
                  disabled={props.position === 0}
                  onClick={() => props.onMove(props.position - 1)}
                >
                  {t('phases:section.moveUp')}
                </Menu.Item>
                <Menu.Item
                  disabled={props.position === props.phaseCount - 1}
                  onClick={() => props.onMove(props.position + 1)}
                >
                  {t('phases:section.moveDown')}
                </Menu.Item>
                <Menu.Item color="red" disabled={props.phaseCount === 1} onClick={props.onRemove}>
                  {t('phases:section.remove')}
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          )}
        </Group>
      )}
      <SortableContext
        items={phase.items.map((i) => `item:${i.id}`)}
        strategy={verticalListSortingStrategy}
      >
        <Stack gap="xs">{props.children}</Stack>
      </SortableContext>
      {criteriaOpen && (
        <PhaseCriteriaEditor
          phase={phase}
          opened
          onClose={() => setCriteriaOpen(false)}
          onSave={props.onSaveCriteria}
        />
      )}
      {moveOpen && (
        <MoveToPhaseModal
          phaseTitle={phase.title}
          opened
          onClose={() => setMoveOpen(false)}
          onMove={props.onMakeCurrent}
        />
      )}
      {phase.items.length === 0 && (
        <Text size="sm" c="dimmed" ta="center" py="sm">
          {t('phases:section.empty')}
        </Text>
      )}
    </Paper>
  );
}
