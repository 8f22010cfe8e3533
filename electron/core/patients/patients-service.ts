// Patients: create, edit, archive and restore (never deleted), search, and the warning when
// someone with the same name and date of birth is already on file.
import type {
  DuplicateCheck,
  Patient,
  PatientDraft,
  PatientSearchResult,
  PatientSummary,
} from '../../../shared/domain/patient';
import type { z } from 'zod';
import type { patientSearchInputSchema } from '../../../shared/domain/patient';
import { readableDate } from '../../../shared/visits/dates';
import { recordAudit } from '../audit/audit-log';
import type { CoreContext } from '../context';
import { AppError, fieldError, notFound } from '../errors';
import {
  insertPatient,
  patientsBornOn,
  readPatient,
  searchPatients,
  setPatientArchived,
  updatePatientRow,
} from './patients-repository';
import { UnreadableRows } from '../read-around';

/** Lower case without accents or extra spaces: "  Núñez " and "nunez" are the same name. */
export function foldName(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** A patient by id, archived ones included, or undefined: for other domains that decide. */
export function findPatient(ctx: CoreContext, id: string): Patient | undefined {
  return readPatient(ctx.db, id) ?? undefined;
}

export function getPatient(ctx: CoreContext, id: string): Patient {
  const patient = readPatient(ctx.db, id);
  if (!patient) throw notFound('The patient');
  return patient;
}

export function findDuplicatePatients(ctx: CoreContext, check: DuplicateCheck): PatientSummary[] {
  const first = foldName(check.firstName);
  const last = foldName(check.lastName);
  if (!first || !last) return [];
  return patientsBornOn(ctx.db, check.dateOfBirth)
    .filter(
      (p) =>
        p.id !== check.excludeId &&
        foldName(p.firstName) === first &&
        foldName(p.lastName) === last,
    )
    .map((p) => ({
      id: p.id,
      firstName: p.firstName,
      lastName: p.lastName,
      dateOfBirth: p.dateOfBirth,
      conditions: p.conditions,
      archived: p.archived,
      updatedAt: p.updatedAt,
    }));
}

function checkDateOfBirth(ctx: CoreContext, draft: PatientDraft): void {
  if (draft.dateOfBirth === null) return;
  const today = ctx.clock().toISOString().slice(0, 10);
  if (draft.dateOfBirth > today) {
    throw fieldError(['dateOfBirth'], 'The date of birth is in the future. Check the year.');
  }
  if (draft.dateOfBirth < '1900-01-01') {
    throw fieldError(['dateOfBirth'], 'The date of birth is before 1900. Check the year.');
  }
}

function refuseDuplicate(ctx: CoreContext, draft: PatientDraft, excludeId?: string): void {
  const same = findDuplicatePatients(ctx, { ...draft, excludeId });
  const first = same[0];
  if (!first) return;
  const born = draft.dateOfBirth
    ? ` born ${readableDate(draft.dateOfBirth)}`
    : ' with no date of birth';
  const archived = first.archived ? ' (archived)' : '';
  throw new AppError(
    'CONFLICT',
    `${first.firstName} ${first.lastName}${born} is already on file${archived}. Open that record, or save anyway if this is a different person.`,
    [{ path: ['lastName'], message: 'Same name and date of birth as a patient already on file.' }],
  );
}

export function createPatient(
  ctx: CoreContext,
  draft: PatientDraft,
  allowDuplicate: boolean,
): Patient {
  checkDateOfBirth(ctx, draft);
  if (!allowDuplicate) refuseDuplicate(ctx, draft);
  const id = ctx.newId();
  ctx.db.transaction(() => {
    insertPatient(ctx.db, id, draft, ctx.clock().toISOString());
    recordAudit(ctx.db, ctx.clock, {
      entity: 'patient',
      entityId: id,
      patientId: id,
      action: 'create',
    });
  })();
  return getPatient(ctx, id);
}

export function updatePatient(
  ctx: CoreContext,
  id: string,
  draft: PatientDraft,
  allowDuplicate: boolean,
): Patient {
  const before = getPatient(ctx, id);
  checkDateOfBirth(ctx, draft);
  const identityChanged =
    foldName(before.firstName) !== foldName(draft.firstName) ||
    foldName(before.lastName) !== foldName(draft.lastName) ||
    before.dateOfBirth !== draft.dateOfBirth;
  if (identityChanged && !allowDuplicate) refuseDuplicate(ctx, draft, id);
  const changed = (Object.keys(draft) as (keyof PatientDraft)[]).filter(
    (key) => JSON.stringify(draft[key]) !== JSON.stringify(before[key]),
  );
  if (changed.length === 0) return before;
  ctx.db.transaction(() => {
    updatePatientRow(ctx.db, id, draft, ctx.clock().toISOString());
    recordAudit(ctx.db, ctx.clock, {
      entity: 'patient',
      entityId: id,
      patientId: id,
      action: 'update',
      fields: changed,
    });
  })();
  return getPatient(ctx, id);
}

export function setArchived(ctx: CoreContext, id: string, archived: boolean): Patient {
  const before = getPatient(ctx, id);
  if (before.archived === archived) return before;
  ctx.db.transaction(() => {
    setPatientArchived(ctx.db, id, archived, ctx.clock().toISOString());
    recordAudit(ctx.db, ctx.clock, {
      entity: 'patient',
      entityId: id,
      patientId: id,
      action: archived ? 'archive' : 'restore',
    });
  })();
  return getPatient(ctx, id);
}

export function searchPatientList(
  ctx: CoreContext,
  input: z.output<typeof patientSearchInputSchema>,
): PatientSearchResult {
  const unreadable = new UnreadableRows(['patient record', 'patient records']);
  const patients = searchPatients(ctx.db, input.query, input.archived, input.limit, unreadable);
  return { patients, unreadable: unreadable.report(ctx.log, 'the patient list') };
}
