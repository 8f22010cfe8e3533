// Where backups go. The choice is kept in a small file in the data folder, not in the
// database, because it must be readable when the database itself is damaged.
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { BackupFolder } from '../../../shared/domain/backups';
import { backupsDir, fsyncDir, fsyncFile } from '../db/backup';
import { AppError } from '../errors';
import { ensurePrivateDir, makePrivate, PRIVATE_FILE_MODE } from '../file-modes';

const SETTINGS_FILE = 'backup-settings.json';
const settingsSchema = z.object({ folder: z.string().min(1).nullable() });

function settingsFile(dataDir: string): string {
  return path.join(dataDir, SETTINGS_FILE);
}

/** The folder the clinic chose, or null for the default. A damaged settings file means default. */
export function chosenFolder(dataDir: string): string | null {
  try {
    const parsed = settingsSchema.safeParse(
      JSON.parse(fs.readFileSync(settingsFile(dataDir), 'utf8')),
    );
    return parsed.success ? parsed.data.folder : null;
  } catch {
    return null;
  }
}

function isWritableDirectory(folder: string): boolean {
  try {
    if (!fs.statSync(folder).isDirectory()) return false;
    fs.accessSync(folder, fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

export function describeFolder(dataDir: string): BackupFolder {
  const chosen = chosenFolder(dataDir);
  if (chosen === null) return { path: backupsDir(dataDir), isDefault: true, available: true };
  return { path: chosen, isDefault: false, available: isWritableDirectory(chosen) };
}

/**
 * The folder a backup is written to now. Automatic backups fall back to the data folder when
 * the chosen one is missing (an unplugged drive must not stop safety backups); a backup the
 * clinician asked for does not, so they learn the drive is missing.
 */
export function folderForWriting(dataDir: string, automatic: boolean): string {
  const folder = describeFolder(dataDir);
  if (folder.available) return folder.path;
  if (automatic) return backupsDir(dataDir);
  throw new AppError(
    'IO',
    `The backup folder ${folder.path} is not available. Connect the drive it is on, or choose another folder.`,
  );
}

/** Saves the chosen folder (null: back to the default) after checking it can be written to. */
export function chooseFolder(dataDir: string, folder: string | null): BackupFolder {
  if (folder !== null) {
    if (!path.isAbsolute(folder)) {
      throw new AppError(
        'VALIDATION',
        'Enter the full path of the folder, for example E:\\Physioplan backups or /Volumes/Backup.',
        [{ path: ['path'], message: 'Enter a full folder path.' }],
      );
    }
    const resolved = path.resolve(folder);
    if (!isWritableDirectory(resolved)) {
      throw new AppError(
        'VALIDATION',
        `${resolved} is not a folder Physioplan can write to. Check that it exists and the drive is connected.`,
        [{ path: ['path'], message: 'This folder does not exist or cannot be written to.' }],
      );
    }
    if (path.resolve(resolved) === path.resolve(dataDir)) {
      throw new AppError('VALIDATION', 'Choose a folder other than the data folder itself.', [
        { path: ['path'], message: 'Choose another folder.' },
      ]);
    }
    folder = resolved;
  }
  ensurePrivateDir(dataDir);
  const file = settingsFile(dataDir);
  const temp = `${file}.tmp`;
  fs.writeFileSync(temp, `${JSON.stringify({ folder }, null, 2)}\n`, { mode: PRIVATE_FILE_MODE });
  makePrivate(temp);
  fsyncFile(temp);
  fs.renameSync(temp, file);
  fsyncDir(dataDir);
  return describeFolder(dataDir);
}
