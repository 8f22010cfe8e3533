// Moving the patient to another phase from the plan editor (forward or back): the reason is
// required and the decision goes into the plan's timeline like one made at a visit.
import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useT } from '../../app/i18n';

export interface MoveToPhaseModalProps {
  phaseTitle: string;
  opened: boolean;
  onClose(): void;
  onMove(reason: string): Promise<unknown>;
}

export function MoveToPhaseModal({ phaseTitle, opened, onClose, onMove }: MoveToPhaseModalProps) {
  const t = useT();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  return (
    <Modal opened={opened} onClose={onClose} title={t('phases:move.title', { phase: phaseTitle })}>
      <Stack
        gap="md"
        component="form"
        onSubmit={(event) => {
          event.preventDefault();
          setSaving(true);
          onMove(reason).then(
            () => {
              setSaving(false);
              onClose();
            },
            (e: unknown) => {
              setSaving(false);
              setError(e instanceof Error ? e.message : String(e));
            },
          );
        }}
      >
        <Textarea
          label={t('phases:move.reason')}
          description={t('phases:move.reasonHelp')}
          autosize
          minRows={2}
          value={reason}
          error={error}
          data-autofocus
          onChange={(event) => setReason(event.currentTarget.value)}
        />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            {t('common:cancel')}
          </Button>
          <Button type="submit" loading={saving}>
            {t('phases:move.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
