// Setting up a new data folder from an export (another machine, or a copy for inspection).
import fs from 'node:fs';
import path from 'node:path';
import { fsyncDir } from '../db/backup';
import type { Migration } from '../db/migrate';
import { DATABASE_FILE_NAME } from '../db/open';
import { writeKeyFile } from '../access/key-file';
import { wrapKey, type KdfParams } from '../access/key-wrap';
import { newRecoveryCode } from '../access/recovery-code';
import { DatabaseKey } from '../db/database-key';
import { AppError } from '../errors';
import { ensurePrivateDir } from '../file-modes';
import { extractRecordExport, type ExportManifest } from './record-file';

/** Refuses a folder that already holds anything: an import never overwrites. */
export function importIntoNewDataFolder(
  exportFile: string,
  dataDir: string,
  migrations: readonly Migration[],
  secrets: { exportPassphrase: string; clinicPassphrase: string; kdf: KdfParams },
): { manifest: ExportManifest; recoveryKey: string } {
  const existed = fs.existsSync(dataDir);
  if (existed) {
    if (!fs.statSync(dataDir).isDirectory())
      throw new AppError('CONFLICT', `${dataDir} is a file, not a folder.`);
    if (fs.readdirSync(dataDir).length > 0) {
      throw new AppError(
        'CONFLICT',
        `${dataDir} is not empty. Import into a new, empty folder; nothing was changed.`,
      );
    }
  }
  ensurePrivateDir(dataDir);
  const target = path.join(dataDir, DATABASE_FILE_NAME);
  const incoming = `${target}.incoming`;
  // The new folder gets its own data key, wrapped by the clinic passphrase given here.
  const key = DatabaseKey.random();
  const recoveryKey = newRecoveryCode();
  let manifest: ExportManifest;
  try {
    manifest = extractRecordExport(exportFile, incoming, migrations, {
      passphrase: secrets.exportPassphrase,
      targetKey: key,
    });
    const at = new Date().toISOString();
    writeKeyFile(dataDir, {
      format: 'physioplan-keys',
      version: 1,
      cipher: 'sqlcipher-4',
      passphrase: wrapKey(key, secrets.clinicPassphrase, secrets.kdf, 'passphrase'),
      recovery: wrapKey(key, recoveryKey, secrets.kdf, 'recovery'),
      createdAt: at,
      passphraseChangedAt: at,
    });
  } catch (error) {
    if (!existed) fs.rmSync(dataDir, { recursive: true, force: true });
    else
      for (const name of fs.readdirSync(dataDir))
        fs.rmSync(path.join(dataDir, name), { force: true });
    throw error;
  }
  fs.renameSync(incoming, target);
  fsyncDir(dataDir);
  return { manifest, recoveryKey };
}
