// Before a backup or an export replaces the clinic record, its contents are proved, not only
// its file: foreign keys hold, the audit chain is unbroken, and every patient, plan, version,
// visit and library item reads back through the app's own domain schemas (field limits and
// JSON included) on a scratch copy. Anything wrong is refused with what and where.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type Database from 'better-sqlite3';
import type { MethodInput, MethodName } from '../../../shared/api';
import type { Dispatch } from '../api/dispatch';
import { auditKeyFrom } from '../audit/audit-key';
import { bindAudit, verifyAuditLog } from '../audit/audit-log';
import type { DatabaseKey } from '../db/database-key';
import { openReadOnly } from '../db/open';
import { AppError } from '../errors';

/** A core opened on a scratch data folder holding the candidate database. */
export interface ScratchCore {
  dispatch: Dispatch;
  status(): { mode: string };
  close(): void;
}

const TABLE_NAMES: Record<string, string> = {
  patients: 'patient',
  plans: 'plan',
  plan_phases: 'plan phase',
  plan_items: 'plan item',
  plan_versions: 'plan version',
  plan_red_flags: 'red flag',
  visits: 'visit',
  visit_treatments: 'visit treatment',
  visit_amendments: 'visit amendment',
  outcome_records: 'outcome score',
  adherence_weeks: 'adherence week',
  adherence_entries: 'adherence entry',
  library_items: 'library item',
  library_item_images: 'library photo link',
  images: 'photo',
};
const nameOf = (table: string) => TABLE_NAMES[table] ?? table.replace(/_/g, ' ');
const MAX_LISTED = 8;

function fileProblems(file: string, key: DatabaseKey): string[] {
  const db = openReadOnly(file, key);
  // The chain is checked with the clinic's audit key (the file was re-keyed to this clinic).
  bindAudit(db, { key: auditKeyFrom(key), actor: () => null });
  try {
    db.pragma('trusted_schema = OFF');
    const problems: string[] = [];
    const broken = db.pragma('foreign_key_check') as { table: string; parent: string }[];
    const counts = new Map<string, number>();
    for (const row of broken) {
      const key = `${row.table}\u0000${row.parent}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    for (const [key, n] of counts) {
      const [table = '', parent = ''] = key.split('\u0000');
      problems.push(
        `${n} ${nameOf(table)} ${n === 1 ? 'record points' : 'records point'} to a ${nameOf(parent)} that is not in the file.`,
      );
    }
    const audit = verifyAuditLog(db);
    if (!audit.ok) problems.push(audit.message);
    return problems;
  } finally {
    db.close();
  }
}

function ids(db: Database.Database, table: string): string[] {
  return db.prepare(`SELECT id FROM ${table} ORDER BY rowid`).pluck().all() as string[];
}

/**
 * Reads every record of `db` through `dispatch` (the API over that same database) and says
 * which could not be read; at most a handful are listed.
 */
export async function unreadableRecords(
  dispatch: Dispatch,
  db: Database.Database,
): Promise<string[]> {
  const problems: string[] = [];
  const read = async <M extends MethodName>(what: string, method: M, input: MethodInput<M>) => {
    if (problems.length >= MAX_LISTED) return;
    const result = await dispatch(method, input);
    if (!result.ok) problems.push(`${what} cannot be read: ${result.error.message}`);
  };
  await read('The clinic settings', 'settings.get', {});
  await read('The patient list', 'patients.search', { query: '', archived: 'include' });
  for (const id of ids(db, 'patients')) {
    await read(`Patient ${id}`, 'patients.get', { id });
    await read(`The plans of patient ${id}`, 'plans.listForPatient', {
      patientId: id,
      includeArchived: true,
    });
    await read(`The visits of patient ${id}`, 'visits.overview', { patientId: id });
  }
  for (const id of ids(db, 'plans')) await read(`Plan ${id}`, 'plans.get', { planId: id });
  for (const id of ids(db, 'plan_versions'))
    await read(`Plan version ${id}`, 'plans.getVersion', { versionId: id });
  for (const id of ids(db, 'visits')) await read(`Visit ${id}`, 'visits.get', { id });
  for (const id of ids(db, 'library_items'))
    await read(`Library item ${id}`, 'library.get', { id });
  return problems;
}

/** Reads every record back through the API of a core opened on a scratch copy. */
async function readProblems(
  file: string,
  open: (dataDir: string) => ScratchCore,
  key: DatabaseKey,
): Promise<string[]> {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'physioplan-check-'));
  try {
    fs.copyFileSync(file, path.join(scratch, 'physioplan.sqlite'));
    const core = open(scratch);
    try {
      if (core.status().mode !== 'normal') return ['The clinic record in it does not open.'];
      const db = openReadOnly(path.join(scratch, 'physioplan.sqlite'), key);
      try {
        return await unreadableRecords(core.dispatch, db);
      } finally {
        db.close();
      }
    } finally {
      core.close();
    }
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * Throws a VALIDATION AppError listing what is wrong in the database `file` (already past
 * `checkDatabaseFile`); `label` names it ("This backup", "The database in this export").
 */
export async function checkRecordContents(
  file: string,
  label: string,
  open: (dataDir: string) => ScratchCore,
  key: DatabaseKey,
): Promise<void> {
  const problems = fileProblems(file, key);
  if (problems.length === 0) problems.push(...(await readProblems(file, open, key)));
  if (problems.length === 0) return;
  const listed = problems.slice(0, MAX_LISTED);
  const more = problems.length - listed.length;
  throw new AppError(
    'VALIDATION',
    `${label} was not used because its contents are not right; nothing was changed. ${listed.join(' ')}${more > 0 ? ` (and ${more} more problems)` : ''}`,
  );
}
