// One item in the plan: title, kind, the plain-language dose line, and its actions. Drag by
// the handle, or focus the card and press Alt+Up / Alt+Down to move it.
import { ActionIcon, Badge, Button, Group, Menu, Paper, Text } from '@mantine/core';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { IconArrowsTransferDown, IconGripVertical, IconTrash } from '@tabler/icons-react';
import { useRef, type KeyboardEvent } from 'react';
import type { PlanItem } from '../../../../shared/domain/plan';
import { doseText } from '../../../../shared/plans/dose-text';
import { useT, useUiLanguage } from '../../app/i18n';
import { Thumbnail } from '../library/Thumbnail';
import { ItemDoseForm } from './ItemDoseForm';
import { ItemSteps } from './ItemStepsEditor';
import { LibraryChangeNotice } from './LibraryChangeNotice';
import { itemKindLabelKeys } from './plan-labels';

export interface PlanItemCardProps {
  item: PlanItem;
  phases: { id: string; title: string }[];
  readOnly: boolean;
  expanded: boolean;
  onToggle(): void;
  onStep(direction: -1 | 1): void;
  onMoveToPhase(phaseId: string): void;
  onRemove(): void;
}

const isTyping = (target: EventTarget) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

export function PlanItemCard(props: PlanItemCardProps) {
  const t = useT();
  const language = useUiLanguage();
  const { item } = props;
  const { setNodeRef, transform, transition, isDragging, attributes, listeners } = useSortable({
    id: `item:${item.id}`,
    data: { type: 'item', itemId: item.id, phaseId: item.phaseId },
    disabled: props.readOnly,
  });
  const editButton = useRef<HTMLButtonElement>(null);
  const card = useRef<HTMLDivElement | null>(null);
  // Closing the dose form (saved, cancelled or Escape) puts focus back where it was opened.
  const closeForm = () => {
    props.onToggle();
    requestAnimationFrame(() => editButton.current?.focus());
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (props.readOnly || !event.altKey || isTyping(event.target)) return;
    if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
      event.preventDefault();
      props.onStep(event.key === 'ArrowUp' ? -1 : 1);
    }
  };
  return (
    <Paper
      withBorder
      p="xs"
      ref={(node: HTMLDivElement | null) => {
        card.current = node;
        setNodeRef(node);
      }}
      style={{
        transform: CSS.Translate.toString(transform),
        transition,
        opacity: isDragging ? 0.5 : 1,
      }}
      data-item-id={item.id}
      tabIndex={0}
      // Mantine's focus ring, so the keyboard user sees which card Alt+↑/↓ will move.
      className="mantine-focus-auto"
      role="group"
      aria-label={item.title}
      aria-roledescription={t('plans:items.roleDescription')}
      onKeyDown={onKeyDown}
    >
      <Group wrap="nowrap" gap="xs" align="start">
        {!props.readOnly && (
          <ActionIcon
            variant="subtle"
            color="gray"
            aria-label={t('plans:items.drag', { title: item.title })}
            {...attributes}
            {...listeners}
            title={t('plans:items.dragHint')}
            style={{ cursor: 'grab', touchAction: 'none', userSelect: 'none' }}
          >
            <IconGripVertical size={18} aria-hidden />
          </ActionIcon>
        )}
        {/* The item's first picture (the line drawing of built-in items), as in the library. */}
        {item.images[0] && <Thumbnail image={item.images[0]} kind={item.kind} size={40} />}
        <div style={{ flex: 1, minWidth: 0 }}>
          <Group gap={6} wrap="nowrap">
            <Text fw={600} size="sm" truncate>
              {item.title}
            </Text>
            <Badge size="xs" variant="light" color="gray">
              {t(itemKindLabelKeys[item.kind])}
            </Badge>
          </Group>
          <Text size="sm" c="teal.9" data-testid="dose-line">
            {doseText(item, language)}
          </Text>
          {item.kind === 'exercise' && <ItemSteps item={item} readOnly={props.readOnly} />}
          {item.patientNote && (
            <Text size="xs" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
              {t('plans:items.note', { note: item.patientNote })}
            </Text>
          )}
        </div>
        {!props.readOnly && (
          <Group gap={4} wrap="nowrap">
            <Button
              ref={editButton}
              size="xs"
              variant={props.expanded ? 'light' : 'subtle'}
              onClick={props.onToggle}
              aria-expanded={props.expanded}
              aria-label={t('plans:items.editDose', { title: item.title })}
            >
              {t('plans:items.edit')}
            </Button>
            {props.phases.length > 1 && (
              <Menu position="bottom-end">
                <Menu.Target>
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    aria-label={t('plans:items.moveTo', { title: item.title })}
                  >
                    <IconArrowsTransferDown size={18} aria-hidden />
                  </ActionIcon>
                </Menu.Target>
                <Menu.Dropdown>
                  <Menu.Label>{t('plans:items.moveToLabel')}</Menu.Label>
                  {props.phases
                    .filter((p) => p.id !== item.phaseId)
                    .map((p) => (
                      <Menu.Item key={p.id} onClick={() => props.onMoveToPhase(p.id)}>
                        {p.title}
                      </Menu.Item>
                    ))}
                </Menu.Dropdown>
              </Menu>
            )}
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={t('plans:items.remove', { title: item.title })}
              onClick={props.onRemove}
            >
              <IconTrash size={18} aria-hidden />
            </ActionIcon>
          </Group>
        )}
      </Group>
      {!props.readOnly && (
        // The notice goes once answered: focus stays on this item, not the page body.
        <LibraryChangeNotice item={item} onDone={() => card.current?.focus()} />
      )}
      {props.expanded && !props.readOnly && <ItemDoseForm item={item} onDone={closeForm} />}
    </Paper>
  );
}
