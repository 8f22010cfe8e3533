// Clinician accounts: an admin adds and changes them; everyone may change their own PIN or
// passphrase. The clinic always keeps at least one active admin.
import type { Clinician, ClinicianRole, SecretKind } from '../../../shared/domain/access';
import { recordAudit } from '../audit/audit-log';
import type { CoreContext } from '../context';
import { AppError, fieldError, notFound } from '../errors';
import type { Session } from './access-service';
import { hashSecret } from './clinician-secret';
import {
  findClinician,
  insertClinician,
  listClinicianRecords,
  nameTaken,
  setClinicianSecret,
  toClinician,
  updateClinicianRow,
} from './clinicians-repository';
import type { KdfParams } from './key-wrap';

function requireAdmin(session: Session): void {
  if (session.role !== 'admin')
    throw new AppError('CONFLICT', 'Only an administrator can manage clinician accounts.');
}

export function listClinicians(ctx: CoreContext): Clinician[] {
  return listClinicianRecords(ctx.db).map(toClinician);
}

export function createClinician(
  ctx: CoreContext,
  session: Session,
  kdf: KdfParams,
  input: { name: string; role: ClinicianRole; secretKind: SecretKind; secret: string },
): Clinician {
  requireAdmin(session);
  if (nameTaken(ctx.db, input.name, null))
    throw fieldError(['name'], 'A clinician with this name already exists.');
  const id = ctx.newId();
  ctx.db.transaction(() => {
    insertClinician(ctx.db, {
      id,
      name: input.name,
      role: input.role,
      secretKind: input.secretKind,
      secretHash: hashSecret(input.secret, kdf),
      at: ctx.clock().toISOString(),
    });
    recordAudit(ctx.db, ctx.clock, {
      entity: 'clinician',
      entityId: id,
      action: 'create',
      fields: ['name', 'role'],
    });
  })();
  return toClinician(requireClinician(ctx, id));
}

function requireClinician(ctx: CoreContext, id: string) {
  const found = findClinician(ctx.db, id);
  if (!found) throw notFound('This clinician');
  return found;
}

function activeAdmins(ctx: CoreContext): number {
  return listClinicianRecords(ctx.db).filter((c) => !c.archived && c.role === 'admin').length;
}

export function updateClinician(
  ctx: CoreContext,
  session: Session,
  input: {
    id: string;
    name?: string | undefined;
    role?: ClinicianRole | undefined;
    archived?: boolean | undefined;
  },
): Clinician {
  requireAdmin(session);
  const current = requireClinician(ctx, input.id);
  const next = {
    name: input.name ?? current.name,
    role: input.role ?? current.role,
    archived: input.archived ?? current.archived,
  };
  if (!next.archived && nameTaken(ctx.db, next.name, current.id))
    throw fieldError(['name'], 'A clinician with this name already exists.');
  const losesAdmin =
    current.role === 'admin' && !current.archived && (next.role !== 'admin' || next.archived);
  if (losesAdmin && activeAdmins(ctx) <= 1) {
    throw new AppError(
      'CONFLICT',
      'The clinic needs at least one administrator. Make someone else an administrator first.',
    );
  }
  const fields = (['name', 'role', 'archived'] as const).filter((f) => next[f] !== current[f]);
  ctx.db.transaction(() => {
    updateClinicianRow(ctx.db, current.id, { ...next, at: ctx.clock().toISOString() });
    recordAudit(ctx.db, ctx.clock, {
      entity: 'clinician',
      entityId: current.id,
      action: next.archived && !current.archived ? 'archive' : 'update',
      fields,
    });
  })();
  return toClinician(requireClinician(ctx, current.id));
}

export function changeClinicianSecret(
  ctx: CoreContext,
  session: Session,
  kdf: KdfParams,
  input: { id: string; secretKind: SecretKind; secret: string },
): Clinician {
  if (input.id !== session.clinicianId) requireAdmin(session);
  const current = requireClinician(ctx, input.id);
  ctx.db.transaction(() => {
    setClinicianSecret(
      ctx.db,
      current.id,
      input.secretKind,
      hashSecret(input.secret, kdf),
      ctx.clock().toISOString(),
    );
    recordAudit(ctx.db, ctx.clock, {
      entity: 'clinician',
      entityId: current.id,
      action: 'update',
      fields: [input.secretKind],
    });
  })();
  return toClinician(requireClinician(ctx, current.id));
}
