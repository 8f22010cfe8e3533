// Content hashes for packs and imports: equal content gives an equal hash whatever order the
// fields were built in.
import { createHash } from 'node:crypto';
import { stableStringify } from '../../../shared/stable-json';

export function contentHash(value: unknown): string {
  return createHash('sha256').update(stableStringify(value)).digest('hex');
}
