// Red flags on the plan. An undecided one blocks issuing and printing until the clinician
// records a decision; the decision (data per flag type, shared/safety) decides whether the
// patient gets the exercise sheet or only the safety sheet. A decision can be changed later.
// After each action focus lands on what comes next (the new flag, its "Change decision"), never
// on the page body, so a keyboard user keeps their place.
import { Alert, Badge, Button, Group, Paper, Select, Stack, Text, Textarea } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { redFlagTypes, type RedFlag, type RedFlagType } from '../../../../shared/domain/plan';
import { needsDecision } from '../../../../shared/safety/red-flag-gate';
import {
  redFlagDecisions,
  redFlagTypeInfo,
  urgencies,
} from '../../../../shared/safety/red-flag-types';
import { formatDateTime } from '../../app/format';
import { RedFlagDecisionForm, type DecideRedFlag } from '../red-flags/RedFlagDecisionForm';
import { usePlanEditorContext } from './plan-editor-context';

const typeOptions = Object.entries(redFlagTypes).map(([value, label]) => ({ value, label }));
const isRedFlagType = (value: string | null): value is RedFlagType =>
  value !== null && value in redFlagTypes;

/** The plan editor's way to record a decision (it keeps the plan's revision). */
export function useDecideRedFlag(): DecideRedFlag {
  const editor = usePlanEditorContext();
  return (flag, decision, acknowledgement) =>
    editor.write('plans.acknowledgeRedFlag', { redFlagId: flag.id, decision, acknowledgement });
}

function DecisionBadge({ flag }: { flag: RedFlag }) {
  if (flag.acknowledgedAt === null) return <Badge color="red">Open</Badge>;
  if (flag.decision === null) return <Badge color="red">Decision needed</Badge>;
  return redFlagDecisions[flag.decision].prints === 'safety-sheet' ? (
    <Badge color="orange">Safety sheet only</Badge>
  ) : (
    <Badge color="gray" variant="light">
      Cleared
    </Badge>
  );
}

function FlagCard({
  flag,
  readOnly,
  focusOnMount,
}: {
  flag: RedFlag;
  readOnly: boolean;
  /** Just recorded: the card takes focus so the decision form is the next Tab stop. */
  focusOnMount: boolean;
}) {
  const decide = useDecideRedFlag();
  const [changing, setChanging] = useState(false);
  // Set when a decision is saved; the "Change decision" button that replaces the form takes focus.
  const focusChange = useRef(false);
  const card = useRef<HTMLElement>(null);
  const info = redFlagTypeInfo[flag.type];
  const undecided = needsDecision(flag);
  useEffect(() => {
    if (focusOnMount) card.current?.focus();
  }, [focusOnMount]);
  return (
    <Paper
      ref={card}
      component="section"
      withBorder
      p="sm"
      tabIndex={-1}
      aria-label={`Red flag: ${info.label}`}
    >
      <Group justify="space-between">
        <Text fw={600}>{info.label}</Text>
        <DecisionBadge flag={flag} />
      </Group>
      <Text size="sm" c="dimmed">
        Urgency: {urgencies[info.urgency].label.toLowerCase()} — {urgencies[info.urgency].clinician}
      </Text>
      {flag.note && <Text size="sm">{flag.note}</Text>}
      <Text size="xs" c="dimmed">
        {flag.visitId ? 'Raised from visit findings' : 'Recorded'} {formatDateTime(flag.recordedAt)}
      </Text>
      {flag.decision && (
        <Text size="sm">
          Decision: {redFlagDecisions[flag.decision].label}
          {flag.acknowledgement ? ` — ${flag.acknowledgement}` : ''}
          {flag.acknowledgedAt ? ` (${formatDateTime(flag.acknowledgedAt)})` : ''}
        </Text>
      )}
      {!flag.decision && flag.acknowledgement && (
        <Text size="sm">Acknowledged: {flag.acknowledgement}</Text>
      )}
      {!readOnly && (undecided || changing) && (
        <RedFlagDecisionForm
          flag={flag}
          decide={decide}
          onDone={() => {
            setChanging(false);
            focusChange.current = true;
          }}
        />
      )}
      {!readOnly && !undecided && !changing && (
        <Button
          ref={(button) => {
            if (button && focusChange.current) {
              focusChange.current = false;
              button.focus();
            }
          }}
          variant="subtle"
          size="compact-sm"
          mt="xs"
          onClick={() => setChanging(true)}
        >
          Change decision
        </Button>
      )}
    </Paper>
  );
}

export function RedFlagsPanel({ flags, readOnly }: { flags: RedFlag[]; readOnly: boolean }) {
  const editor = usePlanEditorContext();
  const [type, setType] = useState<RedFlagType | null>(null);
  const [note, setNote] = useState('');
  const [recordedId, setRecordedId] = useState<string | null>(null);
  const open = flags.filter(needsDecision);
  return (
    <Stack gap="sm" maw={900}>
      {open.length > 0 && (
        <Alert color="red" title="Issuing and printing are blocked">
          While a red flag is open, this plan cannot be issued and no home sheet prints. Review each
          one and record what you decided.
        </Alert>
      )}
      {flags.length === 0 && <Text c="dimmed">No red flags recorded.</Text>}
      {flags.map((flag) => (
        <FlagCard
          key={flag.id}
          flag={flag}
          readOnly={readOnly}
          focusOnMount={flag.id === recordedId}
        />
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
            const known = new Set(flags.map((flag) => flag.id));
            editor.write('plans.recordRedFlag', { type, note }).then(
              (plan) => {
                setType(null);
                setNote('');
                setRecordedId(plan.redFlags.find((flag) => !known.has(flag.id))?.id ?? null);
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
