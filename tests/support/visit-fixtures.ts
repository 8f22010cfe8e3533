// Rows the visits tests need from other domains (patients, plans, issued plan versions),
// written straight into the tables of migration 0003.
import type Database from 'better-sqlite3';
import type { PlanItem, PlanVersionSnapshot } from '../../shared/domain/plan';
import type { VisitDraft } from '../../shared/domain/visit';
import { planItem } from './plan-items';

const AT = '2026-10-01T09:00:00.000Z';

export function insertPatient(
  db: Database.Database,
  patient: {
    id: string;
    firstName: string;
    lastName: string;
    dateOfBirth?: string | null;
    archived?: boolean;
  },
): void {
  db.prepare(
    `INSERT INTO patients (id, first_name, last_name, date_of_birth, archived, created_at, updated_at)
     VALUES (@id, @firstName, @lastName, @dateOfBirth, @archived, @at, @at)`,
  ).run({ dateOfBirth: null, ...patient, archived: patient.archived ? 1 : 0, at: AT });
}

/** The radial shockwave setting the visit tests give and record. */
const radialShockwave = {
  device: 'shockwave',
  type: 'radial',
  pressureBar: 2.5,
  pulses: 2000,
  frequencyHz: 15,
} as const;

export const shockwaveItem = planItem('item-shockwave', 'Radial shockwave to the plantar fascia', {
  kind: 'modality',
  parameters: { ...radialShockwave, sessionsPlanned: 4 },
});
export const mobilisationItem = planItem('item-mob', 'Talocrural joint mobilisation', {
  kind: 'manual_therapy',
  parameters: {
    technique: 'Anterior-posterior glides',
    region: 'Talocrural joint',
    grade: 'III',
    minutes: 5,
  },
});
export const heelDropItem = planItem('item-heel-drop', 'Eccentric heel drops', {
  kind: 'exercise',
  parameters: { sets: 3, reps: 15, timesPerDay: 2, daysPerWeek: 7 },
});
export const fasciaStretchItem = planItem('item-stretch', 'Plantar fascia stretch', {
  kind: 'exercise',
  parameters: { sets: 3, holdSeconds: 30, daysPerWeek: 5 },
});

export function insertPlanVersion(
  db: Database.Database,
  args: {
    planId: string;
    versionId: string;
    versionNumber: number;
    patientId: string;
    items: PlanItem[];
    status?: 'draft' | 'active' | 'completed';
    title?: string;
    issuedAt?: string;
  },
): PlanVersionSnapshot {
  const title = args.title ?? 'Plantar heel pain: load and settle';
  const exists = db.prepare('SELECT 1 FROM plans WHERE id = @id').get({ id: args.planId });
  if (!exists) {
    db.prepare(
      `INSERT INTO plans (id, patient_id, title, condition, status, created_at, updated_at)
       VALUES (@id, @patientId, @title, 'Plantar heel pain', @status, @at, @at)`,
    ).run({
      id: args.planId,
      patientId: args.patientId,
      title,
      status: args.status ?? 'active',
      at: AT,
    });
  }
  const patient = db
    .prepare('SELECT first_name, last_name FROM patients WHERE id = @id')
    .get({ id: args.patientId }) as {
    first_name: string;
    last_name: string;
  };
  const issuedAt = args.issuedAt ?? `2026-10-0${args.versionNumber}T10:00:00.000Z`;
  const snapshot: PlanVersionSnapshot = {
    planId: args.planId,
    versionNumber: args.versionNumber,
    issuedAt,
    patient: {
      id: args.patientId,
      firstName: patient.first_name,
      lastName: patient.last_name,
      dateOfBirth: null,
      preferredLanguage: 'en',
    },
    title,
    condition: 'Plantar heel pain',
    goals: [],
    phases: [
      {
        id: 'phase-1',
        title: 'Settle and load',
        description: '',
        entryCriteria: [],
        items: args.items,
      },
    ],
    redFlags: [],
  };
  db.prepare(
    `INSERT INTO plan_versions (id, plan_id, version_number, issued_at, snapshot, item_count)
     VALUES (@id, @planId, @versionNumber, @issuedAt, @snapshot, @itemCount)`,
  ).run({
    id: args.versionId,
    planId: args.planId,
    versionNumber: args.versionNumber,
    issuedAt,
    snapshot: JSON.stringify(snapshot),
    itemCount: args.items.length,
  });
  return snapshot;
}

/** FAAM ADL answers whose score is `sum` ÷ 84 × 100: all 4s, then lowered items. */
export function faamAdlWithSum(sum: number): number[] {
  const answers = Array<number>(21).fill(4);
  let missing = 84 - sum;
  for (let i = 0; i < answers.length && missing > 0; i += 1) {
    const drop = Math.min(4, missing);
    answers[i] = 4 - drop;
    missing -= drop;
  }
  return answers;
}

export function emptyDraft(
  patientId: string,
  date: string,
  overrides: Partial<VisitDraft> = {},
): VisitDraft {
  return {
    patientId,
    date,
    time: '10:30',
    planVersionId: null,
    soap: { subjective: '', objective: '', assessment: '', plan: '' },
    treatments: [],
    outcomes: [],
    adherence: [],
    ...overrides,
  };
}

type ModalityTreatmentDraft = Extract<VisitDraft['treatments'][number], { kind: 'modality' }>;

/** A shockwave treatment as recorded at a visit (not from the plan unless given). */
export function shockwaveTreatment(
  recorded: Partial<Pick<ModalityTreatmentDraft, 'planItemId' | 'title' | 'notes'>> = {},
): ModalityTreatmentDraft {
  return {
    planItemId: null,
    title: 'Radial shockwave',
    kind: 'modality',
    parameters: { ...radialShockwave },
    findings: {},
    notes: '',
    ...recorded,
  };
}
