// The clinician's decision on one red flag: a choice from the decisions offered for its type
// (each says what it lets the patient take home) and optional details in their own words.
import { Button, Group, Select, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { RedFlag } from '../../../../shared/domain/plan';
import { ApiError } from '../../../../shared/errors';
import {
  redFlagDecisions,
  redFlagTypeInfo,
  type RedFlagDecision,
} from '../../../../shared/safety/red-flag-types';
import { useT } from '../../app/i18n';
import { redFlagDecisionKeys, redFlagLabelKeys } from './red-flag-labels';

export type DecideRedFlag = (
  flag: RedFlag,
  decision: RedFlagDecision,
  acknowledgement: string,
) => Promise<unknown>;

export function RedFlagDecisionForm({
  flag,
  decide,
  onDone,
}: {
  flag: RedFlag;
  decide: DecideRedFlag;
  onDone?: () => void;
}) {
  const t = useT();
  const [decision, setDecision] = useState<RedFlagDecision | null>(null);
  const [details, setDetails] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const offered: readonly RedFlagDecision[] = redFlagTypeInfo[flag.type].decisions;
  const name = t(redFlagLabelKeys[flag.type]);
  // Each choice says what the patient then takes home: the decision is a safety gate.
  const optionLabel = (value: RedFlagDecision) =>
    redFlagDecisions[value].prints === 'safety-sheet'
      ? t('redFlags:form.optionSafetySheet', { decision: t(redFlagDecisionKeys[value]) })
      : t('redFlags:form.optionHomeProgramme', { decision: t(redFlagDecisionKeys[value]) });
  const submit = () => {
    if (!decision) {
      setError(t('redFlags:form.chooseError'));
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
      aria-label={t('redFlags:form.label', { flag: name })}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <Select
        label={t('redFlags:form.decision')}
        placeholder={t('redFlags:form.choose')}
        w={340}
        data={offered.map((value) => ({
          value,
          label: optionLabel(value),
        }))}
        value={decision}
        error={error}
        onChange={(value) => setDecision(offered.find((d) => d === value) ?? null)}
      />
      <Textarea
        label={t('redFlags:form.details')}
        placeholder={t('redFlags:form.detailsPlaceholder')}
        autosize
        minRows={1}
        style={{ flex: 1, minWidth: 180 }}
        value={details}
        onChange={(e) => setDetails(e.currentTarget.value)}
      />
      <Button type="submit" loading={busy}>
        {t('redFlags:form.submit')}
      </Button>
    </Group>
  );
}
