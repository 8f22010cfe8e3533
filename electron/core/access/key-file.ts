// The key file beside the database (physioplan-keys.json): the data key wrapped once by the
// clinic passphrase and once by the recovery key. It holds nothing readable without one of
// them, and it must be readable before the database is, so it cannot live inside it.
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { fsyncDir, fsyncFile } from '../db/backup';
import { AppError } from '../errors';
import { wrappedKeySchema } from './key-wrap';

export const KEY_FILE_NAME = 'physioplan-keys.json';

export const keyFileSchema = z.strictObject({
  format: z.literal('physioplan-keys'),
  version: z.literal(1),
  cipher: z.literal('sqlcipher-4'),
  passphrase: wrappedKeySchema,
  recovery: wrappedKeySchema,
  createdAt: z.iso.datetime(),
  passphraseChangedAt: z.iso.datetime(),
});
export type KeyFile = z.infer<typeof keyFileSchema>;

export function keyFilePath(dataDir: string): string {
  return path.join(dataDir, KEY_FILE_NAME);
}

export function keyFileExists(dataDir: string): boolean {
  return fs.existsSync(keyFilePath(dataDir));
}

export function readKeyFile(dataDir: string): KeyFile {
  let text: string;
  try {
    text = fs.readFileSync(keyFilePath(dataDir), 'utf8');
  } catch {
    throw new AppError(
      'NOT_FOUND',
      `The clinic key file (${KEY_FILE_NAME}) is missing from the data folder. Restore it from the folder's backup copy; without it the encrypted records cannot be opened.`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = null;
  }
  const parsed = keyFileSchema.safeParse(json);
  if (!parsed.success) {
    throw new AppError(
      'VALIDATION',
      `The clinic key file (${KEY_FILE_NAME}) is damaged or was edited. Put back an unchanged copy of it; the passphrase alone cannot open the records without it.`,
    );
  }
  return parsed.data;
}

/** Replaces the key file in one rename, so a crash leaves the old or the new one, never half. */
export function writeKeyFile(dataDir: string, keys: KeyFile): void {
  const file = keyFilePath(dataDir);
  const partial = `${file}.partial`;
  fs.writeFileSync(partial, `${JSON.stringify(keyFileSchema.parse(keys), null, 2)}\n`, {
    mode: 0o600,
  });
  fsyncFile(partial);
  fs.renameSync(partial, file);
  fsyncDir(dataDir);
}
