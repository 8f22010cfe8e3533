// The visit form: details, SOAP, treatments delivered, outcome measures and the home
// programme grid. Used to record a visit and to edit or amend one.
import { Alert, Button, Card, Group, Loader, Stack, Text, Textarea } from '@mantine/core';
import { useRef, useState, type FormEvent } from 'react';
import type { AdherenceWeek, VisitDraft } from '../../../../shared/domain/visit';
import type { ApiError } from '../../../../shared/errors';
import type { OutcomeMeasureKey } from '../../../../shared/outcomes';
import { addDays, daysBetween } from '../../../../shared/visits/dates';
import { ClinicDateInput, ClinicTimeInput } from '../../app/date-fields';
import { FormProblems, useFocusFirstProblem, valueAt } from '../../app/form-errors';
import { formatDate } from '../../app/format';
import { useT } from '../../app/i18n';
import { useUnsavedGuard } from '../../app/use-unsaved-guard';
import {
  EMPTY_PAIN_MONITORING,
  EMPTY_RUNNING_LOAD,
  type PainMonitoring,
  type RunningLoad,
} from '../../../../shared/domain/load-monitoring';
import {
  assessPainMonitoring,
  diaryDays,
  type DatedPain,
} from '../../../../shared/visits/pain-monitoring';
import { AdherenceEditor } from './AdherenceEditor';
import { PainMonitoringFields, RunningFields } from './LoadFields';
import { issueLookup, type IssueLookup } from './issues';
import { OutcomesEditor } from './OutcomesEditor';
import type { Baseline } from './ScoreSummary';
import { SoapFields } from './SoapFields';
import type { TreatmentForm } from './treatment-fields';
import { TreatmentsEditor } from './TreatmentsEditor';
import type { VisitNoteDraft } from '../../../../shared/contract/visits';
import { useApiQuery } from '../../app/api';
import { NoteDraftMarker } from './NoteDraftMarker';
import { useNoteDraft } from './use-note-draft';

type FormState = Omit<VisitDraft, 'treatments' | 'painMonitoring' | 'running'> & {
  treatments: TreatmentForm[];
  painMonitoring: PainMonitoring;
  running: RunningLoad;
};

function toState(draft: VisitDraft): FormState {
  return {
    ...draft,
    painMonitoring: draft.painMonitoring ?? EMPTY_PAIN_MONITORING,
    running: draft.running ?? EMPTY_RUNNING_LOAD,
    treatments: draft.treatments.map((t) => ({
      id: t.id,
      planItemId: t.planItemId,
      title: t.title,
      kind: t.kind,
      parameters: { ...t.parameters },
      findings: { ...t.findings },
      notes: t.notes,
    })),
  };
}

function toDraft(state: FormState): VisitDraft {
  return {
    ...state,
    // A measure added but left entirely blank is dropped rather than kept as an empty form.
    outcomes: state.outcomes.filter((record) =>
      record.form.measure === 'visa-a'
        ? record.form.answers.items.some((a) => a !== null) ||
          Object.values(record.form.answers.q8).some((b) => b !== null)
        : record.form.answers.some((a) => a !== null),
    ),
    // A prefilled grid left untouched was not entered; saving it would read as 0 % adherence.
    adherence: state.adherence.filter(
      (week) =>
        [week.firstStepPain, week.painDuringExercise ?? [], week.nextMorningPain ?? []].some(
          (row) => row.some((pain) => pain !== null),
        ) || week.exercises.some((e) => e.days.some(Boolean)),
    ),
    // Settings may be half-typed; the core checks them against the shared schemas and its
    // errors come back to the field that needs fixing.
    treatments: state.treatments as unknown as VisitDraft['treatments'],
  };
}

export interface VisitFormProps {
  initial: VisitDraft;
  /** The recorded visit being edited (its note's draft is kept per visit); null for a new one. */
  visitId: string | null;
  planLabel: string;
  planExercises: AdherenceWeek['exercises'];
  baselines: Partial<Record<OutcomeMeasureKey, Baseline>>;
  /** First-step pain by day from earlier visits' diaries, for the week-on-week rule. */
  earlierMornings: readonly DatedPain[];
  /** After the visit day an edit is an amendment and needs a reason. */
  amendment: { visitDate: string } | null;
  submitLabel: string;
  pending: boolean;
  error: ApiError | null;
  onSubmit: (draft: VisitDraft, amendmentReason: string) => void;
  onCancel?: () => void;
}

/** The form, opened with the note's autosaved draft (if any) already in it. */
export function VisitForm(props: VisitFormProps) {
  const t = useT();
  const draft = useApiQuery(
    'visits.getNoteDraft',
    { patientId: props.initial.patientId, visitId: props.visitId },
    { staleTime: 0, gcTime: 0 },
  );
  // Without the draft store the form still works; the note is simply not autosaved back.
  if (draft.isPending) return <Loader aria-label={t('visits:form.loading')} />;
  return <VisitFormBody {...props} restored={draft.data ?? null} />;
}

function VisitFormBody(props: VisitFormProps & { restored: VisitNoteDraft | null }) {
  const t = useT();
  const [initial] = useState<FormState>(() => toState(props.initial));
  const [state, setState] = useState<FormState>(() =>
    props.restored ? { ...initial, soap: props.restored.soap } : initial,
  );
  const [reason, setReason] = useState('');
  // The core's messages are about what was sent: a field changed since loses its message.
  const [sent, setSent] = useState<{ state: FormState; reason: string } | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const fresh = (path: readonly (string | number)[]) =>
    sent === null ||
    (path[0] === 'amendmentReason'
      ? sent.reason === reason
      : Object.is(valueAt(state, path), valueAt(sent.state, path)));
  const lookup = issueLookup(props.error?.issues ?? []);
  const issueAt: IssueLookup = (...path) => (fresh(path) ? lookup(...path) : undefined);
  const problems = (props.error?.issues ?? [])
    .map((issue) => ({
      ...issue,
      path: issue.path[0] === 'draft' ? issue.path.slice(1) : issue.path,
    }))
    .filter((issue) => fresh(issue.path))
    .map((issue) => ({ key: issue.path.join('.'), message: issue.message }));
  // What was sent to be saved is not asked about: the page moves on once the core has it. A
  // save the core refused leaves the work unsaved, so it is guarded again. The note itself is
  // autosaved as a draft, so leaving with only the note changed loses nothing and is not asked.
  const submitted = props.pending || (sent?.state === state && props.error === null);
  const noteDraft = useNoteDraft({
    ref: { patientId: props.initial.patientId, visitId: props.visitId },
    soap: state.soap,
    recordSoap: initial.soap,
    restored: props.restored,
    submitted,
  });
  const dirty =
    !submitted &&
    (reason !== '' ||
      JSON.stringify({ ...state, soap: null }) !== JSON.stringify({ ...initial, soap: null }));
  const guard = useUnsavedGuard(dirty, t('visits:form.unsavedWhat'));
  useFocusFirstProblem(form, props.error);
  const set = <K extends keyof FormState>(key: K, value: FormState[K]) =>
    setState((s) => ({ ...s, [key]: value }));

  // The grid covers the weeks before the visit, so it moves with the visit date.
  const changeDate = (date: string) =>
    setState((s) => {
      const valid = /^\d{4}-\d{2}-\d{2}$/;
      const shift = valid.test(date) && valid.test(s.date) ? daysBetween(s.date, date) : 0;
      return {
        ...s,
        date,
        adherence:
          shift === 0
            ? s.adherence
            : s.adherence.map((week) => ({ ...week, weekStart: addDays(week.weekStart, shift) })),
      };
    });

  // The same model the core applies on save, so the verdict is seen while entering.
  const coveredByForm = new Set(diaryDays(state.adherence).map((day) => day.date));
  const assessment = assessPainMonitoring({
    visitDate: state.date,
    monitoring: state.painMonitoring,
    weeks: state.adherence,
    earlierMornings: props.earlierMornings.filter((entry) => !coveredByForm.has(entry.date)),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSent({ state, reason });
    props.onSubmit(toDraft(state), reason.trim());
  };

  return (
    <form onSubmit={submit} aria-label={t('visits:form.label')} noValidate ref={form}>
      {guard}
      <Stack gap="md">
        <Card withBorder padding="md">
          <Group align="flex-end">
            <ClinicDateInput
              label={t('visits:form.date')}
              w={180}
              value={state.date}
              onChange={changeDate}
              error={issueAt('date')}
            />
            <ClinicTimeInput
              label={t('visits:form.time')}
              value={state.time}
              onChange={(time) => set('time', time)}
              error={issueAt('time')}
            />
            <Text size="sm" c="dimmed" pb={8}>
              {props.planLabel}
            </Text>
          </Group>
        </Card>
        <Card withBorder padding="md" component="section" aria-label={t('visits:soap.title')}>
          {noteDraft.draft && (
            <NoteDraftMarker
              draft={noteDraft.draft}
              pending={props.pending}
              onDiscard={() => {
                noteDraft.discard();
                set('soap', initial.soap);
              }}
            />
          )}
          <SoapFields soap={state.soap} onChange={(soap) => set('soap', soap)} issueAt={issueAt} />
        </Card>
        <Card withBorder padding="md">
          <TreatmentsEditor
            treatments={state.treatments}
            onChange={(t) => set('treatments', t)}
            issueAt={issueAt}
          />
        </Card>
        <Card withBorder padding="md">
          <OutcomesEditor
            records={state.outcomes}
            onChange={(o) => set('outcomes', o)}
            baselines={props.baselines}
            issueAt={issueAt}
          />
        </Card>
        <Card withBorder padding="md">
          <AdherenceEditor
            weeks={state.adherence}
            onChange={(weeks) => set('adherence', weeks)}
            planExercises={props.planExercises}
            visitDate={state.date}
            issueAt={issueAt}
          />
        </Card>
        <Card withBorder padding="md">
          <PainMonitoringFields
            value={state.painMonitoring}
            onChange={(value) => set('painMonitoring', value)}
            assessment={assessment}
            issueAt={issueAt}
          />
        </Card>
        <Card withBorder padding="md">
          <RunningFields
            value={state.running}
            onChange={(value) => set('running', value)}
            issueAt={issueAt}
          />
        </Card>
        {props.amendment && (
          <Card withBorder padding="md" bg="yellow.0">
            <Textarea
              label={t('visits:form.amendmentReason')}
              description={t('visits:form.amendmentHelp', {
                date: formatDate(props.amendment.visitDate),
              })}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              error={issueAt('amendmentReason')}
              autosize
              minRows={2}
            />
          </Card>
        )}
        {props.error && props.error.issues.length === 0 && (
          <Alert
            color="red"
            title={t('visits:form.notSaved')}
            role="alert"
            tabIndex={-1}
            data-form-problems
          >
            {props.error.message}
          </Alert>
        )}
        <FormProblems title={t('visits:form.notSaved')} messages={problems} />
        <Group justify="flex-end">
          {props.onCancel && (
            <Button variant="default" onClick={props.onCancel}>
              {t('common:cancel')}
            </Button>
          )}
          <Button type="submit" loading={props.pending}>
            {props.submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
