// Keeps the clinic's data key for this OS account with Electron's safeStorage (the OS keychain:
// Keychain, DPAPI, libsecret/kwallet), so a clinician on the same account is asked for their
// PIN only, not the clinic passphrase. Where the OS offers no real keychain (Linux without a
// secret service falls back to 'basic_text', a fixed obfuscation) nothing is kept.
import fs from 'node:fs';
import path from 'node:path';
import type { SafeStorage } from 'electron';
import type { KeyStore } from '../core/access/access-service';
import type { Logger } from '../core/context';
import { DatabaseKey } from '../core/db/database-key';

export const KEY_STORE_FILE = 'clinic-key.safestorage';

type KeychainLike = Pick<
  SafeStorage,
  'isEncryptionAvailable' | 'encryptString' | 'decryptString'
> & {
  getSelectedStorageBackend?: SafeStorage['getSelectedStorageBackend'];
};

/** True when safeStorage protects secrets with the OS keychain, not a fixed key. */
export function keychainUsable(keychain: KeychainLike, platform: NodeJS.Platform): boolean {
  if (!keychain.isEncryptionAvailable()) return false;
  if (platform !== 'linux' || !keychain.getSelectedStorageBackend) return true;
  const backend = keychain.getSelectedStorageBackend();
  return backend !== 'basic_text' && backend !== 'unknown';
}

/** A key store in `folder` (Electron's profile folder), or null where the OS keeps no secret. */
export function safeStorageKeyStore(
  keychain: KeychainLike,
  folder: string,
  platform: NodeJS.Platform,
  log: Logger,
): KeyStore | null {
  if (!keychainUsable(keychain, platform)) {
    log.info('No OS keychain for this account: the clinic passphrase is asked at every start.');
    return null;
  }
  const file = path.join(folder, KEY_STORE_FILE);
  return {
    read() {
      if (!fs.existsSync(file)) return null;
      const hex = keychain.decryptString(fs.readFileSync(file));
      return new DatabaseKey(Buffer.from(hex, 'hex'));
    },
    write(key) {
      fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
      const partial = `${file}.partial`;
      fs.writeFileSync(partial, keychain.encryptString(key.bytes().toString('hex')), {
        mode: 0o600,
      });
      fs.renameSync(partial, file);
    },
    clear() {
      fs.rmSync(file, { force: true });
    },
  };
}
