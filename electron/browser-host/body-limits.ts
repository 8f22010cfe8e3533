// How large a request body each API method may send to the browser host. Most calls are
// small forms; only uploads and library packs carry files. Checked while the body arrives,
// so an oversized one is refused with 413 before it is held in memory.
import type { MethodName } from '../../shared/api';
import { HOST_FILE_MAX_BYTES, LIBRARY_PACK_MAX_BYTES } from '../../shared/byte-limits';

/** Forms, searches, plans and visits: generous for long notes, far below any file. */
export const DEFAULT_BODY_LIMIT = 1024 * 1024;

/** A file as base64 in JSON: four characters for every three bytes, plus the envelope. */
const UPLOAD_BODY_LIMIT = Math.ceil((HOST_FILE_MAX_BYTES * 4) / 3) + 64 * 1024;

const LIMITS: Partial<Record<MethodName, number>> = {
  'library.addImage': UPLOAD_BODY_LIMIT,
  'settings.setLogo': UPLOAD_BODY_LIMIT,
  // The pack's own JSON travels as a string inside the request: its quotes get escaped.
  'library.importPack': Math.ceil(LIBRARY_PACK_MAX_BYTES * 1.25) + 64 * 1024,
};

/** All bodies being received at once, so parallel large uploads cannot exhaust memory. */
export const IN_FLIGHT_BODY_LIMIT = 2 * (LIMITS['library.importPack'] ?? DEFAULT_BODY_LIMIT);

export function bodyLimit(method: string | null): number {
  // Own keys only: a name like "constructor" is no method and gets the default.
  return method !== null && Object.hasOwn(LIMITS, method)
    ? (LIMITS[method as MethodName] ?? DEFAULT_BODY_LIMIT)
    : DEFAULT_BODY_LIMIT;
}

export function describeBytes(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / (1024 * 1024)).toFixed(bytes >= 10 * 1024 * 1024 ? 0 : 1)} MB`
    : `${Math.ceil(bytes / 1024)} KB`;
}
