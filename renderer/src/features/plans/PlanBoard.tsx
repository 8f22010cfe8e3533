// The plan's phases and items beside the library, with drag and drop between them, keyboard
// moves (Alt+Up/Down), removal with undo, and phase editing.
import { Alert, Button, Grid, Group, Paper, Stack, Text } from '@mantine/core';
import {
  closestCenter,
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { STALE_PLAN_MESSAGE, type Plan } from '../../../../shared/domain/plan';
import { useT } from '../../app/i18n';
import { DuplicateItemModal, existingCopy, type PendingDuplicate } from './DuplicateItemModal';
import { LibraryPanel } from './LibraryPanel';
import { PhaseSection } from './PhaseSection';
import { PlanItemCard } from './PlanItemCard';
import { findItem, moveItemLocally, neighbourAfterRemoval, stepTarget } from './plan-moves';
import { dataOf, dragAnnouncements } from './drag-announcements';
import { usePlanEditorContext } from './plan-editor-context';

function focusItem(itemId: string) {
  // After the move has been drawn: the card may have a new parent.
  requestAnimationFrame(() =>
    document.querySelector<HTMLElement>(`[data-item-id="${itemId}"]`)?.focus(),
  );
}

export function PlanBoard({ plan, readOnly }: { plan: Plan; readOnly: boolean }) {
  const t = useT();
  const editor = usePlanEditorContext();
  const [expanded, setExpanded] = useState<string | null>(null);
  const [targetPhase, setTargetPhase] = useState<string | null>(null);
  const [removed, setRemoved] = useState<{ itemId: string; title: string } | null>(null);
  const [dragTitle, setDragTitle] = useState<string | null>(null);
  const [duplicate, setDuplicate] = useState<PendingDuplicate | null>(null);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const phases = plan.phases.map((p) => ({ id: p.id, title: p.title }));
  const targetPhaseId =
    targetPhase && phases.some((p) => p.id === targetPhase) ? targetPhase : (phases[0]?.id ?? '');

  const report = (error: unknown) => {
    // A stale revision is shown once, above the plan, with a reload button.
    if (error instanceof Error && error.message !== STALE_PLAN_MESSAGE) {
      notifications.show({ color: 'red', message: error.message });
    }
  };

  const move = (itemId: string, phaseId: string, index: number, focus = false) => {
    editor
      .write('plans.moveItem', { itemId, phaseId, index }, (p) =>
        moveItemLocally(p, itemId, phaseId, index),
      )
      .catch(report);
    if (focus) focusItem(itemId);
  };

  const addNow = ({ libraryItemId, phaseId, index }: PendingDuplicate) => {
    setDuplicate(null);
    editor
      .write('plans.addItem', { libraryItemId, phaseId, ...(index === undefined ? {} : { index }) })
      .then(({ itemId }) => focusItem(itemId), report);
  };

  // The same library item twice is asked about rather than silently added.
  const add = (libraryItemId: string, phaseId = targetPhaseId, index?: number) => {
    const pending = { libraryItemId, phaseId, index };
    if (existingCopy(plan, libraryItemId)) setDuplicate(pending);
    else addNow(pending);
  };

  const remove = (itemId: string, title: string) => {
    // The removed card takes its buttons with it: keyboard focus goes on to its neighbour.
    const next = neighbourAfterRemoval(plan, itemId);
    editor.write('plans.removeItem', { itemId }).then(() => {
      setRemoved({ itemId, title });
      if (next) focusItem(next);
    }, report);
  };

  const onDragStart = (event: DragStartEvent) => {
    const data = dataOf(event.active.data.current);
    setDragTitle(data.type === 'library' ? (data.title ?? null) : null);
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    setDragTitle(null);
    if (!over) return;
    const from = dataOf(active.data.current);
    const to = dataOf(over.data.current);
    let phaseId = to.phaseId;
    let index: number | undefined;
    if (to.type === 'item' && to.itemId) {
      const place = findItem(plan, to.itemId);
      if (!place) return;
      phaseId = place.phaseId;
      index = place.index;
    }
    if (!phaseId) return;
    if (from.type === 'library' && from.libraryItemId) {
      add(from.libraryItemId, phaseId, index);
    } else if (from.type === 'item' && from.itemId && from.itemId !== to.itemId) {
      const target = plan.phases.find((p) => p.id === phaseId);
      move(from.itemId, phaseId, index ?? target?.items.length ?? 0);
    }
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
      onDragCancel={() => setDragTitle(null)}
      accessibility={{
        announcements: dragAnnouncements(plan, t),
        screenReaderInstructions: {
          draggable: t('plans:board.dragInstructions'),
        },
      }}
    >
      <Grid gap="md">
        {!readOnly && (
          <Grid.Col span={{ base: 12, md: 4 }}>
            <LibraryPanel
              condition={plan.condition}
              phases={phases}
              targetPhaseId={targetPhaseId}
              onTargetPhase={setTargetPhase}
              onAdd={(id) => add(id)}
            />
          </Grid.Col>
        )}
        <Grid.Col span={{ base: 12, md: readOnly ? 12 : 8 }}>
          <Stack gap="sm">
            {removed && (
              <Alert color="gray" role="status" withCloseButton onClose={() => setRemoved(null)}>
                <Group justify="space-between">
                  <Text size="sm">{t('plans:board.removed', { title: removed.title })}</Text>
                  <Button
                    size="xs"
                    variant="light"
                    onClick={() => {
                      const { itemId } = removed;
                      setRemoved(null);
                      editor
                        .write('plans.restoreItem', { itemId })
                        .then(() => focusItem(itemId), report);
                    }}
                  >
                    {t('plans:board.undo')}
                  </Button>
                </Group>
              </Alert>
            )}
            {plan.phases.map((phase, position) => (
              <PhaseSection
                key={phase.id}
                phase={phase}
                position={position}
                phaseCount={plan.phases.length}
                readOnly={readOnly}
                current={phase.id === plan.currentPhaseId}
                patientPlan={plan.patientId !== null}
                onSaveCriteria={(criteria) =>
                  editor.write('plans.setPhaseCriteria', { phaseId: phase.id, criteria })
                }
                onMakeCurrent={(reason) =>
                  editor.write('plans.decidePhase', { toPhaseId: phase.id, reason })
                }
                onRename={(title, description) =>
                  editor.write('plans.updatePhase', { phaseId: phase.id, title, description })
                }
                onMove={(index) =>
                  editor.write('plans.movePhase', { phaseId: phase.id, index }).catch(report)
                }
                onRemove={() =>
                  editor.write('plans.removePhase', { phaseId: phase.id }).catch(report)
                }
              >
                {phase.items.map((item) => (
                  <PlanItemCard
                    key={item.id}
                    item={item}
                    phases={phases}
                    readOnly={readOnly}
                    expanded={expanded === item.id}
                    onToggle={() => setExpanded((e) => (e === item.id ? null : item.id))}
                    onStep={(direction) => {
                      const target = stepTarget(plan, item.id, direction);
                      if (target) move(item.id, target.phaseId, target.index, true);
                    }}
                    onMoveToPhase={(phaseId) => {
                      const target = plan.phases.find((p) => p.id === phaseId);
                      move(item.id, phaseId, target?.items.length ?? 0, true);
                    }}
                    onRemove={() => remove(item.id, item.title)}
                  />
                ))}
              </PhaseSection>
            ))}
            {!readOnly && (
              <Group>
                <Button
                  variant="default"
                  leftSection={<IconPlus size={16} />}
                  onClick={() =>
                    editor
                      .write('plans.addPhase', {
                        title: t('plans:board.newPhaseTitle', { number: plan.phases.length + 1 }),
                      })
                      .catch(report)
                  }
                >
                  {t('plans:board.addPhase')}
                </Button>
              </Group>
            )}
          </Stack>
        </Grid.Col>
      </Grid>
      <DuplicateItemModal
        plan={plan}
        pending={duplicate}
        onAdd={addNow}
        onClose={() => setDuplicate(null)}
      />
      <DragOverlay>
        {dragTitle && (
          <Paper withBorder shadow="md" p="xs">
            <Text size="sm" fw={600}>
              {dragTitle}
            </Text>
          </Paper>
        )}
      </DragOverlay>
    </DndContext>
  );
}
