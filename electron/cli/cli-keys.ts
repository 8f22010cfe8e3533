// The command line's way into an encrypted data folder: the clinic passphrase read from a
// file (--passphrase-file FILE, or - for standard input), never from the command itself where
// other users could see it in the process list.
import fs from 'node:fs';
import { readKeyFile, writeKeyFile } from '../core/access/key-file';
import { PRODUCTION_KDF, unwrapKey, wrapKey } from '../core/access/key-wrap';
import type { DatabaseKey } from '../core/db/database-key';
import { AppError } from '../core/errors';
import { clinicPassphraseSchema } from '../../shared/domain/access';

export class PassphraseMissingError extends Error {}

export function readPassphraseFile(file: string | undefined, what: string): string {
  if (file === undefined) {
    throw new PassphraseMissingError(
      `This command needs ${what}: put it in a file readable only by you and pass --${what === 'the new clinic passphrase' ? 'new-passphrase-file' : what === 'the export passphrase' ? 'export-passphrase-file' : 'passphrase-file'} FILE (or - to read it from standard input).`,
    );
  }
  const text = fs.readFileSync(file === '-' ? 0 : file, 'utf8');
  // One trailing line break is how editors save a file, not part of the passphrase.
  return text.replace(/\r?\n$/, '');
}

/** The data key of a data folder, unwrapped with the clinic passphrase. */
export function unlockDataFolder(dataDir: string, passphrase: string): DatabaseKey {
  const key = unwrapKey(readKeyFile(dataDir).passphrase, passphrase, 'passphrase');
  if (!key) {
    throw new AppError(
      'VALIDATION',
      'This passphrase does not open the clinic record in this data folder (or its key file was changed).',
    );
  }
  return key;
}

/** Re-wraps the data key with a new passphrase; the database itself is not rewritten. */
export function rekeyDataFolder(dataDir: string, current: string, next: string): void {
  const parsed = clinicPassphraseSchema.safeParse(next);
  if (!parsed.success)
    throw new AppError(
      'VALIDATION',
      parsed.error.issues[0]?.message ?? 'Choose another passphrase.',
    );
  const key = unlockDataFolder(dataDir, current);
  const keys = readKeyFile(dataDir);
  writeKeyFile(dataDir, {
    ...keys,
    passphrase: wrapKey(key, next, PRODUCTION_KDF, 'passphrase'),
    passphraseChangedAt: new Date().toISOString(),
  });
}
