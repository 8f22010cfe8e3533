// A clinician's PIN or passphrase is kept as a salted scrypt hash inside the encrypted
// database; it unlocks the session, never the data key (a PIN is far too short for that).
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { deriveKey, kdfParamsSchema, type KdfParams } from './key-wrap';

const storedSecretSchema = z.strictObject({
  kdf: kdfParamsSchema,
  salt: z.base64(),
  hash: z.base64(),
});

export function hashSecret(secret: string, kdf: KdfParams): string {
  const salt = randomBytes(16);
  return JSON.stringify({
    kdf,
    salt: salt.toString('base64'),
    hash: deriveKey(secret, salt, kdf).toString('base64'),
  });
}

export function secretMatches(secret: string, stored: string): boolean {
  let parsed: z.infer<typeof storedSecretSchema>;
  try {
    parsed = storedSecretSchema.parse(JSON.parse(stored));
  } catch {
    return false;
  }
  const expected = Buffer.from(parsed.hash, 'base64');
  const actual = deriveKey(secret, Buffer.from(parsed.salt, 'base64'), parsed.kdf);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}
