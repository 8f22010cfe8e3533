// What each admin command does. Each returns data for --json and lines for people; failures
// throw AppError (exit 3) and a check that finds problems returns ok: false (exit 1).
import fs from 'node:fs';
import type { Database } from 'better-sqlite3';
import { databasePath, openCore } from '../core/app-core';
import { auditKeyFrom } from '../core/audit/audit-key';
import { bindAudit, verifyAuditLog } from '../core/audit/audit-log';
import type { DatabaseKey } from '../core/db/database-key';
import { PRODUCTION_KDF } from '../core/access/key-wrap';
import { readPassphraseFile, rekeyDataFolder, unlockDataFolder } from './cli-keys';
import {
  backupOverview,
  createBackup,
  listBackups,
  type BackupEnv,
} from '../core/backups/backup-service';
import { folderForWriting } from '../core/backups/backup-folder';
import { countRows, writeRecordExport } from '../core/backups/record-file';
import { importIntoNewDataFolder } from '../core/backups/record-import';
import { newestGoodBackup } from '../core/recovery/recovery-status';
import { silentLogger, systemClock } from '../core/context';
import { DataFolderInUseError, describeHolder, liveDataLock } from '../core/data-lock';
import { checkDatabaseFile } from '../core/db/backup';
import { latestVersion } from '../core/db/migrate';
import { migrations } from '../core/db/migrations';
import { closeDatabase, openDatabase, openReadOnly } from '../core/db/open';
import { resolveExportFolder } from '../core/backups/export-folder';
import { AppError } from '../core/errors';
import type { BackupInfo } from '../../shared/domain/backups';

export interface CommandResult {
  ok: boolean;
  data: Record<string, unknown>;
  lines: string[];
}

export interface CommandOptions {
  dataDir: string;
  appVersion: string;
  file?: string | undefined;
  out?: string | undefined;
  latest: boolean;
  yes: boolean;
  backups: boolean;
  /** Files holding the clinic passphrase, a new one (rekey) and an export passphrase. */
  passphraseFile?: string | undefined;
  newPassphraseFile?: string | undefined;
  exportPassphraseFile?: string | undefined;
}

function clinicKey(options: CommandOptions): DatabaseKey {
  requireDatabase(options.dataDir);
  return unlockDataFolder(
    options.dataDir,
    readPassphraseFile(options.passphraseFile, 'the clinic passphrase'),
  );
}

function env(dataDir: string, key: DatabaseKey): BackupEnv {
  return { dataDir, clock: systemClock, log: silentLogger, migrations, key };
}

function requireDatabase(dataDir: string): string {
  const file = databasePath(dataDir);
  if (!fs.existsSync(file))
    throw new AppError('NOT_FOUND', `There is no Physioplan database in ${dataDir}.`);
  return file;
}

function requireFolderFree(dataDir: string): void {
  const lock = liveDataLock(dataDir);
  if (lock) {
    throw new DataFolderInUseError(lock, dataDir);
  }
}

function withDatabase<T>(dataDir: string, key: DatabaseKey, work: (db: Database) => T): T {
  const db = openDatabase(requireDatabase(dataDir), { key });
  bindAudit(db, { key: auditKeyFrom(key), actor: () => null });
  try {
    return work(db);
  } finally {
    closeDatabase(db);
  }
}

function describeBackup(b: BackupInfo): string {
  return `${b.createdAt}  ${b.reason.padEnd(13)}  schema ${String(b.schemaVersion ?? '?').padEnd(3)}  ${(b.sizeBytes / 1024).toFixed(0).padStart(8)} KB  ${b.path}`;
}

export function backupCommand(options: CommandOptions): CommandResult {
  const key = clinicKey(options);
  const backup = withDatabase(options.dataDir, key, (db) =>
    createBackup(db, env(options.dataDir, key), 'manual'),
  );
  return { ok: true, data: { backup }, lines: [`Backup written and verified: ${backup.path}`] };
}

export async function restoreCommand(options: CommandOptions): Promise<CommandResult> {
  if (!fs.existsSync(options.dataDir))
    throw new AppError('NOT_FOUND', `The data folder ${options.dataDir} does not exist.`);
  requireFolderFree(options.dataDir);
  if (!options.latest && options.file === undefined)
    throw new UsageError('restore needs --file NAME or --latest.');
  const key = clinicKey(options);
  const candidates = listBackups(env(options.dataDir, key)).filter((b) => b.restorable);
  const chosen = options.latest
    ? newestGoodBackup(candidates, env(options.dataDir, key))
    : (candidates.find((b) => b.fileName === options.file || b.path === options.file) ?? null);
  if (!chosen) {
    throw new AppError(
      'NOT_FOUND',
      options.latest
        ? 'There is no good backup to restore.'
        : `No restorable backup called ${options.file ?? ''} is in the backup folders (see "stats").`,
    );
  }
  if (!options.yes) {
    return {
      ok: false,
      data: { wouldRestore: chosen },
      lines: [
        `Would restore ${chosen.path}`,
        'The current record is backed up first. Run again with --yes to go ahead.',
      ],
    };
  }
  const core = openCore({
    dataDir: options.dataDir,
    host: { kind: 'cli', appVersion: options.appVersion },
    log: silentLogger,
    dailyBackup: false,
    keyStore: { read: () => key, write: () => undefined, clear: () => undefined },
  });
  try {
    core.access.startSystemSession();
    const ref = { fileName: chosen.fileName, location: chosen.location };
    const method = core.status().mode === 'recovery' ? 'recovery.restoreBackup' : 'backups.restore';
    const result = await core.dispatch(method, ref);
    if (!result.ok) throw new AppError(result.error.code, result.error.message);
    return {
      ok: true,
      data: { restoredFrom: chosen, result: result.value },
      lines: [`Restored ${chosen.path}.`],
    };
  } finally {
    core.close();
  }
}

export function verifyCommand(options: CommandOptions): CommandResult {
  const file = requireDatabase(options.dataDir);
  const supported = latestVersion(migrations);
  const problems: string[] = [];
  const key = clinicKey(options);
  const db = openReadOnly(file, key);
  bindAudit(db, { key: auditKeyFrom(key), actor: () => null });
  let data: Record<string, unknown>;
  try {
    const integrity = (db.pragma('integrity_check(20)') as { integrity_check: string }[]).map(
      (r) => r.integrity_check,
    );
    if (integrity.join() !== 'ok') problems.push(...integrity.map((m) => `Integrity: ${m}`));
    const foreignKeys = (db.pragma('foreign_key_check') as unknown[]).length;
    if (foreignKeys > 0) problems.push(`${foreignKeys} rows point at records that do not exist.`);
    const schemaVersion = Number(db.pragma('user_version', { simple: true }));
    if (schemaVersion > supported)
      problems.push(
        `The database is from a newer Physioplan (schema ${schemaVersion}; this one knows ${supported}).`,
      );
    const audit = verifyAuditLog(db);
    if (!audit.ok) problems.push(`Audit log: ${audit.message}`);
    data = {
      database: file,
      schemaVersion,
      supportedSchemaVersion: supported,
      integrity,
      foreignKeyProblems: foreignKeys,
      audit,
    };
  } catch (error) {
    problems.push(
      `The database cannot be read: ${error instanceof Error ? error.message : String(error)}`,
    );
    data = { database: file };
  } finally {
    db.close();
  }
  const backupResults: { path: string; ok: boolean; message: string }[] = [];
  if (options.backups) {
    for (const backup of listBackups(env(options.dataDir, key))) {
      try {
        checkDatabaseFile(backup.path, { migrations, label: 'This backup', key });
        backupResults.push({ path: backup.path, ok: true, message: 'ok' });
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        backupResults.push({ path: backup.path, ok: false, message });
        problems.push(`Backup ${backup.fileName}: ${message}`);
      }
    }
  }
  const lines =
    problems.length === 0
      ? [
          `All checks passed for ${file}${options.backups ? ` and ${backupResults.length} backups` : ''}.`,
        ]
      : problems;
  return { ok: problems.length === 0, data: { ...data, backups: backupResults, problems }, lines };
}

export function exportCommand(options: CommandOptions): CommandResult {
  const folder =
    options.out === undefined
      ? folderForWriting(options.dataDir, false)
      : resolveExportFolder(options.out);
  const key = clinicKey(options);
  const passphrase = readPassphraseFile(options.exportPassphraseFile, 'the export passphrase');
  const summary = withDatabase(options.dataDir, key, (db) =>
    writeRecordExport(db, {
      folder,
      appVersion: options.appVersion,
      createdAt: systemClock(),
      migrations,
      key,
      passphrase,
      kdf: PRODUCTION_KDF,
    }),
  );
  return {
    ok: true,
    data: { export: summary },
    lines: [`Export written: ${summary.path}`, `SHA-256 of the snapshot: ${summary.sha256}`],
  };
}

export function importCommand(options: CommandOptions): CommandResult {
  if (options.file === undefined)
    throw new UsageError('import needs the export file: import FILE --data-dir NEW_FOLDER');
  const passphrase = readPassphraseFile(options.passphraseFile, 'the clinic passphrase');
  const { manifest, recoveryKey } = importIntoNewDataFolder(
    options.file,
    options.dataDir,
    migrations,
    { exportPassphrase: passphrase, clinicPassphrase: passphrase, kdf: PRODUCTION_KDF },
  );
  return {
    ok: true,
    data: { dataDir: options.dataDir, manifest, recoveryKey },
    lines: [
      `Imported into ${options.dataDir} (exported ${manifest.createdAt} by Physioplan ${manifest.appVersion}, schema ${manifest.schemaVersion}).`,
      'The new data folder opens with the same passphrase as the export.',
      `Recovery key (write it down and keep it apart from the computer): ${recoveryKey}`,
    ],
  };
}

export function statsCommand(options: CommandOptions): CommandResult {
  const file = requireDatabase(options.dataDir);
  const key = clinicKey(options);
  const db = openReadOnly(file, key);
  let counts: Record<string, number>;
  let schemaVersion: number;
  try {
    counts = countRows(db);
    schemaVersion = Number(db.pragma('user_version', { simple: true }));
  } finally {
    db.close();
  }
  const overview = backupOverview(env(options.dataDir, key));
  const lock = liveDataLock(options.dataDir);
  const lines = [
    `Database: ${file} (${(fs.statSync(file).size / 1024).toFixed(0)} KB, schema ${schemaVersion}; this app knows ${overview.supportedSchemaVersion})`,
    `In use by: ${lock ? describeHolder(lock) : 'nobody'}`,
    'Rows:',
    ...Object.entries(counts).map(([table, n]) => `  ${table.padEnd(24)} ${n}`),
    `Backup folder: ${overview.folder.path}${overview.folder.available ? '' : ' (NOT AVAILABLE)'}`,
    `Backups (${overview.backups.length}):`,
    ...overview.backups.map((b) => `  ${describeBackup(b)}`),
  ];
  return {
    ok: true,
    data: {
      database: file,
      schemaVersion,
      counts,
      inUseBy: lock,
      backupFolder: overview.folder,
      backups: overview.backups,
    },
    lines,
  };
}

export function rekeyCommand(options: CommandOptions): CommandResult {
  requireDatabase(options.dataDir);
  requireFolderFree(options.dataDir);
  rekeyDataFolder(
    options.dataDir,
    readPassphraseFile(options.passphraseFile, 'the clinic passphrase'),
    readPassphraseFile(options.newPassphraseFile, 'the new clinic passphrase'),
  );
  return {
    ok: true,
    data: { dataDir: options.dataDir },
    lines: ['The clinic passphrase was changed. The records themselves were not rewritten.'],
  };
}

export class UsageError extends Error {}
