// Red flags on the plan. An open one blocks issuing until the clinician acknowledges it
// with what was decided (referred, imaging, cleared).
import { Alert, Badge, Button, Group, Paper, Select, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { redFlagTypes, type RedFlag, type RedFlagType } from '../../../../shared/domain/plan';
import { ApiError } from '../../../../shared/errors';
import { formatDateTime } from '../../app/format';
import { usePlanEditorContext } from './plan-editor-context';

const typeOptions = Object.entries(redFlagTypes).map(([value, label]) => ({ value, label }));
const isRedFlagType = (value: string | null): value is RedFlagType =>
  value !== null && value in redFlagTypes;

function Acknowledge({ flag }: { flag: RedFlag }) {
  const editor = usePlanEditorContext();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <Group align="end" mt="xs">
      <Textarea
        label="What did you decide?"
        placeholder="e.g. Referred for MRI; cleared to load"
        autosize
        minRows={1}
        style={{ flex: 1 }}
        value={text}
        error={error}
        onChange={(e) => setText(e.currentTarget.value)}
      />
      <Button
        onClick={() =>
          editor
            .write('plans.acknowledgeRedFlag', { redFlagId: flag.id, acknowledgement: text })
            .then(
              () => setText(''),
              (e: unknown) =>
                setError(
                  e instanceof ApiError ? (e.issueFor('acknowledgement') ?? e.message) : String(e),
                ),
            )
        }
      >
        Acknowledge
      </Button>
    </Group>
  );
}

export function RedFlagsPanel({ flags, readOnly }: { flags: RedFlag[]; readOnly: boolean }) {
  const editor = usePlanEditorContext();
  const [type, setType] = useState<RedFlagType | null>(null);
  const [note, setNote] = useState('');
  const open = flags.filter((f) => f.acknowledgedAt === null);
  return (
    <Stack gap="sm" maw={900}>
      {open.length > 0 && (
        <Alert color="red" title="Issuing is blocked">
          While a red flag is open, this plan cannot be issued as a home sheet. Review each one and
          acknowledge it with what you decided.
        </Alert>
      )}
      {flags.length === 0 && <Text c="dimmed">No red flags recorded.</Text>}
      {flags.map((flag) => (
        <Paper withBorder p="sm" key={flag.id} aria-label={`Red flag: ${redFlagTypes[flag.type]}`}>
          <Group justify="space-between">
            <Text fw={600}>{redFlagTypes[flag.type]}</Text>
            {flag.acknowledgedAt ? (
              <Badge color="gray" variant="light">
                Acknowledged {formatDateTime(flag.acknowledgedAt)}
              </Badge>
            ) : (
              <Badge color="red">Open</Badge>
            )}
          </Group>
          {flag.note && <Text size="sm">{flag.note}</Text>}
          <Text size="xs" c="dimmed">
            Recorded {formatDateTime(flag.recordedAt)}
          </Text>
          {flag.acknowledgement && <Text size="sm">Decision: {flag.acknowledgement}</Text>}
          {!flag.acknowledgedAt && !readOnly && <Acknowledge flag={flag} />}
        </Paper>
      ))}
      {!readOnly && (
        <Paper
          withBorder
          p="sm"
          component="form"
          aria-label="Record a red flag"
          onSubmit={(e) => {
            e.preventDefault();
            if (!type) return;
            editor.write('plans.recordRedFlag', { type, note }).then(
              () => {
                setType(null);
                setNote('');
              },
              () => undefined,
            );
          }}
        >
          <Group align="end">
            <Select
              label="Red flag"
              placeholder="Choose"
              data={typeOptions}
              value={type}
              onChange={(value) => setType(isRedFlagType(value) ? value : null)}
            />
            <Textarea
              label="What you found"
              autosize
              minRows={1}
              style={{ flex: 1 }}
              value={note}
              onChange={(e) => setNote(e.currentTarget.value)}
            />
            <Button type="submit" color="red" variant="light" disabled={!type}>
              Record red flag
            </Button>
          </Group>
        </Paper>
      )}
    </Stack>
  );
}
