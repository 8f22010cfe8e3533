// Issue the plan (a numbered, frozen version) and save it as a template: each a small dialog.
import { Alert, Button, Group, Modal, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconSend, IconTemplate } from '@tabler/icons-react';
import { useState } from 'react';
import type { Plan } from '../../../../shared/domain/plan';
import { needsDecision } from '../../../../shared/safety/red-flag-gate';
import { RedFlagGateAlert } from '../red-flags/RedFlagGateAlert';
import { useDecideRedFlag } from './RedFlagsPanel';
import { useApiMutation } from '../../app/api';
import { useT } from '../../app/i18n';
import { usePlanEditorContext } from './plan-editor-context';

export function IssuePlanButton({ plan }: { plan: Plan }) {
  const t = useT();
  const editor = usePlanEditorContext();
  const [opened, setOpened] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const next = (plan.versions.at(-1)?.versionNumber ?? 0) + 1;
  const openFlags = plan.redFlags.filter(needsDecision);
  const decide = useDecideRedFlag();
  const close = () => {
    setOpened(false);
    setError(null);
  };
  const issue = () => {
    setBusy(true);
    setError(null);
    editor
      .write('plans.issue', {})
      .then(
        ({ version }) => {
          close();
          notifications.show({
            color: 'teal',
            message: t('plans:issue.done', { version: version.versionNumber }),
          });
        },
        (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
      )
      .finally(() => setBusy(false));
  };
  return (
    <>
      <Button leftSection={<IconSend size={16} />} onClick={() => setOpened(true)}>
        {t('plans:issue.button')}
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        title={t('plans:issue.title', { version: next })}
        size={openFlags.length > 0 ? 'xl' : 'md'}
      >
        <Stack>
          {openFlags.length > 0 ? (
            <RedFlagGateAlert flags={openFlags} action="issue" decide={decide} />
          ) : (
            <Text size="sm">{t('plans:issue.explain', { version: next })}</Text>
          )}
          {error && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common:cancel')}
            </Button>
            <Button onClick={issue} loading={busy} disabled={openFlags.length > 0}>
              {t('plans:issue.submit', { version: next })}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

export function SaveAsTemplateButton({ plan }: { plan: Plan }) {
  const t = useT();
  const save = useApiMutation('plans.saveAsTemplate');
  const [opened, setOpened] = useState(false);
  const [title, setTitle] = useState(plan.title);
  const [description, setDescription] = useState('');
  return (
    <>
      <Button
        variant="default"
        leftSection={<IconTemplate size={16} />}
        onClick={() => setOpened(true)}
      >
        {t('plans:saveTemplate.button')}
      </Button>
      <Modal
        opened={opened}
        onClose={() => setOpened(false)}
        title={t('plans:saveTemplate.button')}
      >
        <Stack
          component="form"
          onSubmit={(e) => {
            e.preventDefault();
            save.mutate(
              { planId: plan.id, title, description },
              {
                onSuccess: (template) => {
                  setOpened(false);
                  notifications.show({
                    color: 'teal',
                    message: t('plans:saveTemplate.done', { title: template.title }),
                  });
                },
              },
            );
          }}
        >
          <Text size="sm">{t('plans:saveTemplate.explain')}</Text>
          <TextInput
            label={t('plans:saveTemplate.templateTitle')}
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
          />
          <Textarea
            label={t('plans:saveTemplate.purpose')}
            autosize
            minRows={2}
            value={description}
            onChange={(e) => setDescription(e.currentTarget.value)}
          />
          {save.error && (
            <Alert color="red" role="alert">
              {save.error.message}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpened(false)}>
              {t('common:cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('plans:saveTemplate.submit')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
