// The clinician's decision on one red flag: a choice from the decisions offered for its type
// (each says what it lets the patient take home) and optional details in their own words.
import { Button, Group, Select, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { RedFlag } from '../../../../shared/domain/plan';
import { ApiError } from '../../../../shared/errors';
import {
  redFlagDecisions,
  redFlagLabels,
  redFlagTypeInfo,
  type RedFlagDecision,
} from '../../../../shared/safety/red-flag-types';

export type DecideRedFlag = (
  flag: RedFlag,
  decision: RedFlagDecision,
  acknowledgement: string,
) => Promise<unknown>;

const printsLabel = (decision: RedFlagDecision) =>
  redFlagDecisions[decision].prints === 'safety-sheet'
    ? 'patient gets the safety sheet only'
    : 'exercise sheet prints';

export function RedFlagDecisionForm({
  flag,
  decide,
  onDone,
}: {
  flag: RedFlag;
  decide: DecideRedFlag;
  onDone?: () => void;
}) {
  const [decision, setDecision] = useState<RedFlagDecision | null>(null);
  const [details, setDetails] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const offered: readonly RedFlagDecision[] = redFlagTypeInfo[flag.type].decisions;
  const name = redFlagLabels[flag.type];
  const submit = () => {
    if (!decision) {
      setError('Choose what you decided.');
      return;
    }
    setBusy(true);
    setError(null);
    decide(flag, decision, details)
      .then(
        () => {
          setDetails('');
          setDecision(null);
          onDone?.();
        },
        (e: unknown) =>
          setError(e instanceof ApiError ? (e.issueFor('decision') ?? e.message) : String(e)),
      )
      .finally(() => setBusy(false));
  };
  return (
    <Group
      align="end"
      mt="xs"
      component="form"
      aria-label={`Decision on ${name}`}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <Select
        label="Decision"
        placeholder="Choose"
        w={340}
        data={offered.map((value) => ({
          value,
          label: `${redFlagDecisions[value].label} (${printsLabel(value)})`,
        }))}
        value={decision}
        error={error}
        onChange={(value) => setDecision(offered.find((d) => d === value) ?? null)}
      />
      <Textarea
        label="Details (optional)"
        placeholder="e.g. MRI booked for 24 Nov"
        autosize
        minRows={1}
        style={{ flex: 1, minWidth: 180 }}
        value={details}
        onChange={(e) => setDetails(e.currentTarget.value)}
      />
      <Button type="submit" loading={busy}>
        Record decision
      </Button>
    </Group>
  );
}
