// A clinic with some history, made through the app's own API from inside the page (same origin,
// same session cookie): a patient with goals, a plan from a built-in protocol issued twice with a dose
// change between, and three visits with scores and a paper grid. For tests that look at the
// screens rather than build the data.
import type { Page } from '@playwright/test';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/api';
import { addDays } from '../../shared/visits/dates';
import { faamAdlWithSum } from '../support/visit-fixtures';
import { clinicSettings, patientDraft } from '../support/records';

export async function call<M extends MethodName>(
  page: Page,
  method: M,
  input: MethodInput<M>,
): Promise<MethodOutput<M>> {
  // From inside the page: the session is an HttpOnly cookie only the page's own requests carry.
  const result = await page.evaluate(async (body) => {
    const response = await fetch('/api/invoke', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body,
    });
    return (await response.json()) as { ok: boolean; value?: unknown; error?: unknown };
  }, JSON.stringify({ method, input }));
  if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
  return result.value as MethodOutput<M>;
}

export interface SeededClinic {
  patientId: string;
  planId: string;
  visitId: string;
  /** Title of an exercise in the plan (first phase), for dose and keyboard tests. */
  exercise: string;
}

function localIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export async function seedClinic(page: Page): Promise<SeededClinic> {
  await call(
    page,
    'settings.update',
    clinicSettings({
      clinicName: 'Harbour Physio',
      clinicianName: 'Sam Patel',
      credentials: 'MCSP',
      address: '12 Quay Street, Bristol',
      phone: '0117 496 0000',
      email: 'hello@harbourphysio.example',
    }),
  );
  const patient = await call(page, 'patients.create', {
    patient: patientDraft({
      dateOfBirth: '1988-04-02',
      phone: '07700 900123',
      email: 'ana@example.com',
      conditions: ['Plantar heel pain'],
      diagnosis: 'Left plantar heel pain, 6 weeks, after increasing running mileage',
    }),
  });
  const templates = await call(page, 'plans.listTemplates', {});
  const early = templates.find((t) => t.title === 'Plantar heel pain — early phase');
  if (!early) throw new Error('The built-in early-phase protocol is missing');
  let plan = await call(page, 'plans.create', { patientId: patient.id, templateId: early.id });
  const today = localIsoDate(new Date());
  plan = await call(page, 'plans.setGoals', {
    planId: plan.id,
    revision: plan.revision,
    goals: [
      {
        description: 'Walk to work without heel pain',
        target: 'First-step pain ≤ 2/10',
        targetDate: addDays(today, 42),
      },
      { description: 'Back to running', target: 'Run 5 km pain-free', targetDate: null },
    ],
  });
  const exerciseItem = plan.phases
    .flatMap((phase) => phase.items)
    .find((item) => item.kind === 'exercise' && item.title === 'Plantar fascia stretch');
  if (!exerciseItem || exerciseItem.kind !== 'exercise') throw new Error('No fascia stretch');
  plan = (await call(page, 'plans.issue', { planId: plan.id, revision: plan.revision })).plan;
  plan = await call(page, 'plans.updateItem', {
    planId: plan.id,
    revision: plan.revision,
    itemId: exerciseItem.id,
    dose: {
      kind: 'exercise',
      parameters: { ...exerciseItem.parameters, reps: 12, timesPerDay: 2 },
    },
  });
  plan = (await call(page, 'plans.issue', { planId: plan.id, revision: plan.revision })).plan;

  let visitId = '';
  for (const [weeksAgo, pain, faam] of [
    [4, 7, 42],
    [2, 5, 48],
    [0, 3, 58],
  ] as const) {
    const start = await call(page, 'visits.start', { patientId: patient.id });
    const date = addDays(today, -7 * weeksAgo);
    const visit = await call(page, 'visits.create', {
      ...start.draft,
      date,
      time: '09:30',
      soap: {
        subjective: 'First steps sore, easing after a few minutes.',
        objective: 'Tender at the medial calcaneal tubercle.',
        assessment: 'Settling with loading.',
        plan: 'Continue the home programme.',
      },
      outcomes: [
        { form: { measure: 'nprs', answers: [pain] }, note: 'first steps' },
        { form: { measure: 'faam-adl', answers: faamAdlWithSum(faam) }, note: '' },
      ],
      adherence: start.draft.adherence.map((week) => ({
        ...week,
        weekStart: addDays(date, -7),
        firstStepPain: [pain + 1, pain + 1, pain, pain, pain, pain - 1, pain - 1],
        exercises: week.exercises.map((exercise) => ({
          ...exercise,
          days: [true, true, true, false, true, true, false],
        })),
      })),
    });
    visitId = visit.id;
  }
  // The page's query cache predates all of this.
  await page.reload();
  return { patientId: patient.id, planId: plan.id, visitId, exercise: exerciseItem.title };
}
