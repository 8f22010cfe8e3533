// Wrapping the data key: a key derived from a secret (the clinic passphrase or the recovery
// key) with scrypt encrypts the data key with AES-256-GCM. The salt, the scrypt cost and the
// nonce are stored beside the wrapped key; a wrong secret or an edited slot fails the GCM tag.
import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto';
import { z } from 'zod';
import { DatabaseKey } from '../db/database-key';

export const kdfParamsSchema = z.strictObject({
  name: z.literal('scrypt'),
  /** CPU/memory cost, a power of two. */
  N: z
    .int()
    .min(2 ** 10)
    .max(2 ** 20),
  r: z.int().min(1).max(32),
  p: z.int().min(1).max(16),
});
export type KdfParams = z.infer<typeof kdfParamsSchema>;

/** ~0.6 s and 128 MiB on a clinic PC: slow enough to make guessing a passphrase expensive. */
export const PRODUCTION_KDF: KdfParams = { name: 'scrypt', N: 2 ** 17, r: 8, p: 1 };

const base64 = z.base64();

export const wrappedKeySchema = z.strictObject({
  kdf: kdfParamsSchema,
  salt: base64,
  nonce: base64,
  tag: base64,
  wrapped: base64,
});
export type WrappedKey = z.infer<typeof wrappedKeySchema>;

/** What a wrapped key is bound to, so a slot cannot be moved to another purpose. */
export type WrapPurpose = 'passphrase' | 'recovery' | 'export';

export function deriveKey(secret: string, salt: Buffer, kdf: KdfParams): Buffer {
  return scryptSync(secret.normalize('NFC'), salt, 32, {
    N: kdf.N,
    r: kdf.r,
    p: kdf.p,
    // scrypt needs 128·N·r bytes; Node's default ceiling (32 MiB) is below the production cost.
    maxmem: 256 * kdf.N * kdf.r,
  });
}

export function wrapKey(
  key: DatabaseKey,
  secret: string,
  kdf: KdfParams,
  purpose: WrapPurpose,
): WrappedKey {
  const salt = randomBytes(16);
  const nonce = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', deriveKey(secret, salt, kdf), nonce);
  cipher.setAAD(Buffer.from(`physioplan-key:${purpose}`));
  const wrapped = Buffer.concat([cipher.update(key.bytes()), cipher.final()]);
  return {
    kdf,
    salt: salt.toString('base64'),
    nonce: nonce.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    wrapped: wrapped.toString('base64'),
  };
}

/** The data key, or null when the secret is wrong or the slot was edited. */
export function unwrapKey(
  slot: WrappedKey,
  secret: string,
  purpose: WrapPurpose,
): DatabaseKey | null {
  try {
    const derived = deriveKey(secret, Buffer.from(slot.salt, 'base64'), slot.kdf);
    const decipher = createDecipheriv('aes-256-gcm', derived, Buffer.from(slot.nonce, 'base64'));
    decipher.setAAD(Buffer.from(`physioplan-key:${purpose}`));
    decipher.setAuthTag(Buffer.from(slot.tag, 'base64'));
    const bytes = Buffer.concat([
      decipher.update(Buffer.from(slot.wrapped, 'base64')),
      decipher.final(),
    ]);
    return new DatabaseKey(bytes);
  } catch {
    return null;
  }
}
