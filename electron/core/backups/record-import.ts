// Setting up a new data folder from an export (another machine, or a copy for inspection).
import fs from 'node:fs';
import path from 'node:path';
import { fsyncDir } from '../db/backup';
import type { Migration } from '../db/migrate';
import { DATABASE_FILE_NAME } from '../db/open';
import { AppError } from '../errors';
import { ensurePrivateDir } from '../file-modes';
import { extractRecordExport, type ExportManifest } from './record-file';
import { checkRecordContents, type ScratchCore } from './record-validation';

/**
 * Refuses a folder that already holds anything: an import never overwrites. The contents are
 * proved as the app's own import does (`openScratch` opens a core on a scratch copy).
 */
export async function importIntoNewDataFolder(
  exportFile: string,
  dataDir: string,
  migrations: readonly Migration[],
  openScratch: (scratchDir: string) => ScratchCore,
): Promise<ExportManifest> {
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
  let manifest: ExportManifest;
  try {
    manifest = extractRecordExport(exportFile, incoming, migrations);
    await checkRecordContents(incoming, 'The database in this export', openScratch);
  } catch (error) {
    fs.rmSync(incoming, { force: true });
    if (!existed) fs.rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  fs.renameSync(incoming, target);
  fsyncDir(dataDir);
  return manifest;
}
