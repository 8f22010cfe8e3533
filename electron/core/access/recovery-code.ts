// The recovery key: 160 random bits written as eight groups of four characters (Crockford
// base32: no I, L, O or U, so it reads aloud and types back without mix-ups).
import { randomBytes } from 'node:crypto';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const BYTES = 20;
const GROUP = 4;

export function newRecoveryCode(): string {
  return formatRecoveryCode(encode(randomBytes(BYTES)));
}

function encode(bytes: Buffer): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET.charAt((value >>> (bits - 5)) & 31);
      bits -= 5;
    }
  }
  return out;
}

function formatRecoveryCode(characters: string): string {
  return (characters.match(new RegExp(`.{1,${GROUP}}`, 'g')) ?? []).join('-');
}

/**
 * The canonical form of what a clinician typed: case, spaces and dashes do not matter, and
 * the letters people confuse with digits count as those digits. Null when it cannot be one.
 */
export function normaliseRecoveryCode(typed: string): string | null {
  const characters = typed
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/[IL]/g, '1')
    .replace(/O/g, '0');
  if (characters.length !== (BYTES * 8) / 5) return null;
  for (const c of characters) if (!ALPHABET.includes(c)) return null;
  return formatRecoveryCode(characters);
}
