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
  redFlagTypeKeys,
} from '../../../../shared/safety/red-flag-types';
import { formatDateTime } from '../../app/format';
import { useT } from '../../app/i18n';
import { RedFlagDecisionForm, type DecideRedFlag } from '../red-flags/RedFlagDecisionForm';
import {
  redFlagDecisionKeys,
  redFlagLabelKeys,
  urgencyAdviceKeys,
  urgencyKeys,
} from '../red-flags/red-flag-labels';
import { usePlanEditorContext } from './plan-editor-context';

const isRedFlagType = (value: string | null): value is RedFlagType =>
  value !== null && value in redFlagTypes;

/** The plan editor's way to record a decision (it keeps the plan's revision). */
export function useDecideRedFlag(): DecideRedFlag {
  const editor = usePlanEditorContext();
  return (flag, decision, acknowledgement) =>
    editor.write('plans.acknowledgeRedFlag', { redFlagId: flag.id, decision, acknowledgement });
}

function DecisionBadge({ flag }: { flag: RedFlag }) {
  const t = useT();
  if (flag.acknowledgedAt === null) {
    return <Badge color="red">{t('redFlags:panel.badgeOpen')}</Badge>;
  }
  if (flag.decision === null) {
    return <Badge color="red">{t('redFlags:panel.badgeDecisionNeeded')}</Badge>;
  }
  return redFlagDecisions[flag.decision].prints === 'safety-sheet' ? (
    <Badge color="orange">{t('redFlags:panel.badgeSafetySheet')}</Badge>
  ) : (
    <Badge color="gray" variant="light">
      {t('redFlags:panel.badgeCleared')}
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
  const t = useT();
  const decide = useDecideRedFlag();
  const [changing, setChanging] = useState(false);
  // Set when a decision is saved; the "Change decision" button that replaces the form takes focus.
  const focusChange = useRef(false);
  const card = useRef<HTMLElement>(null);
  const urgency = redFlagTypeInfo[flag.type].urgency;
  const name = t(redFlagLabelKeys[flag.type]);
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
      aria-label={t('redFlags:panel.card', { flag: name })}
    >
      <Group justify="space-between">
        <Text fw={600}>{name}</Text>
        <DecisionBadge flag={flag} />
      </Group>
      <Text size="sm" c="dimmed">
        {t('redFlags:panel.urgency', {
          urgency: t(urgencyKeys[urgency]),
          advice: t(urgencyAdviceKeys[urgency]),
        })}
      </Text>
      {flag.note && <Text size="sm">{flag.note}</Text>}
      <Text size="xs" c="dimmed">
        {flag.visitId
          ? t('redFlags:panel.raisedFromVisit', { date: formatDateTime(flag.recordedAt) })
          : t('redFlags:panel.recorded', { date: formatDateTime(flag.recordedAt) })}
      </Text>
      {flag.decision && (
        <Text size="sm">
          {t('redFlags:panel.decision', { decision: t(redFlagDecisionKeys[flag.decision]) })}
          {flag.acknowledgement ? ` — ${flag.acknowledgement}` : ''}
          {flag.acknowledgedAt ? ` (${formatDateTime(flag.acknowledgedAt)})` : ''}
        </Text>
      )}
      {!flag.decision && flag.acknowledgement && (
        <Text size="sm">{t('redFlags:panel.acknowledged', { text: flag.acknowledgement })}</Text>
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
          {t('redFlags:panel.change')}
        </Button>
      )}
    </Paper>
  );
}

export function RedFlagsPanel({ flags, readOnly }: { flags: RedFlag[]; readOnly: boolean }) {
  const t = useT();
  const editor = usePlanEditorContext();
  const [type, setType] = useState<RedFlagType | null>(null);
  const [note, setNote] = useState('');
  const [recordedId, setRecordedId] = useState<string | null>(null);
  const open = flags.filter(needsDecision);
  const typeOptions = redFlagTypeKeys.map((value) => ({
    value,
    label: t(redFlagLabelKeys[value]),
  }));
  return (
    <Stack gap="sm" maw={900}>
      {open.length > 0 && (
        <Alert color="red" title={t('redFlags:panel.blockedTitle')}>
          {t('redFlags:panel.blocked')}
        </Alert>
      )}
      {flags.length === 0 && <Text c="dimmed">{t('redFlags:panel.none')}</Text>}
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
          aria-label={t('redFlags:panel.recordForm')}
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
              label={t('redFlags:panel.flag')}
              placeholder={t('redFlags:panel.choose')}
              data={typeOptions}
              value={type}
              onChange={(value) => setType(isRedFlagType(value) ? value : null)}
            />
            <Textarea
              label={t('redFlags:panel.found')}
              autosize
              minRows={1}
              style={{ flex: 1 }}
              value={note}
              onChange={(e) => setNote(e.currentTarget.value)}
            />
            <Button type="submit" color="red" variant="light" disabled={!type}>
              {t('redFlags:panel.record')}
            </Button>
          </Group>
        </Paper>
      )}
    </Stack>
  );
}
