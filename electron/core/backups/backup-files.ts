// Backup file names carry when and why a backup was made; the schema version is read from
// the file itself. Names are generated here and parsed strictly, so a name is never a path.
import fs from 'node:fs';
import path from 'node:path';
import {
  backupFileNameSchema,
  backupReasonSchema,
  type BackupInfo,
  type BackupLocation,
  type BackupReason,
} from '../../../shared/domain/backups';
import { fileSchemaVersion, timestampForFile } from '../db/backup';
import type { DatabaseKey } from '../db/database-key';

const NAME =
  /^physioplan-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z-([a-z-]+?)(?:-(\d+))?\.sqlite$/;

export function backupFileName(createdAt: Date, reason: BackupReason, counter = 0): string {
  const suffix = counter > 0 ? `-${counter + 1}` : '';
  return `physioplan-${timestampForFile(createdAt)}-${reason}${suffix}.sqlite`;
}

export function parseBackupFileName(
  fileName: string,
): { createdAt: string; reason: BackupReason } | null {
  if (!backupFileNameSchema.safeParse(fileName).success) return null;
  const match = NAME.exec(fileName);
  if (!match) return null;
  const [, date, hh, mm, ss, ms, reasonText] = match;
  const reason = backupReasonSchema.safeParse(reasonText);
  if (!reason.success) return null;
  const createdAt = `${date}T${hh}:${mm}:${ss}.${ms}Z`;
  if (Number.isNaN(Date.parse(createdAt))) return null;
  return { createdAt, reason: reason.data };
}

/** Picks a free name in `folder` (two backups in the same millisecond get -2, -3, ...). */
export function freeBackupPath(folder: string, createdAt: Date, reason: BackupReason): string {
  for (let counter = 0; ; counter += 1) {
    const candidate = path.join(folder, backupFileName(createdAt, reason, counter));
    if (!fs.existsSync(candidate) && !fs.existsSync(`${candidate}.partial`)) return candidate;
  }
}

/** Lists the backups in one folder, newest first. A missing folder has none. */
export function listBackupFiles(
  folder: string,
  location: BackupLocation,
  supportedSchemaVersion: number,
  key: DatabaseKey | null = null,
): BackupInfo[] {
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch {
    return [];
  }
  const backups: BackupInfo[] = [];
  for (const fileName of names) {
    const parsed = parseBackupFileName(fileName);
    if (!parsed) continue;
    const file = path.join(folder, fileName);
    let stat: fs.Stats;
    try {
      stat = fs.lstatSync(file);
    } catch {
      continue;
    }
    if (!stat.isFile()) continue;
    const schemaVersion = fileSchemaVersion(file, key);
    backups.push({
      fileName,
      location,
      path: file,
      createdAt: parsed.createdAt,
      reason: parsed.reason,
      sizeBytes: stat.size,
      schemaVersion,
      restorable:
        schemaVersion !== null && schemaVersion >= 1 && schemaVersion <= supportedSchemaVersion,
    });
  }
  return backups.sort(newestFirst);
}

function counterOf(fileName: string): number {
  return Number(NAME.exec(fileName)?.[7] ?? '1');
}

/** Newest first; two backups in the same millisecond are ordered by their -2, -3 suffix. */
export function newestFirst(a: BackupInfo, b: BackupInfo): number {
  return b.createdAt.localeCompare(a.createdAt) || counterOf(b.fileName) - counterOf(a.fileName);
}

/** Leftovers of a backup interrupted by a crash or power cut. */
export function removePartialBackups(folder: string): void {
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch {
    return;
  }
  for (const name of names) {
    if (
      name.endsWith('.sqlite.partial') &&
      parseBackupFileName(name.slice(0, -'.partial'.length))
    ) {
      fs.rmSync(path.join(folder, name), { force: true });
    }
  }
}
