// Passphrases, PIN and key cost the tests use (no vitest here: Playwright specs import it too).
import { readKeyFile } from '../../electron/core/access/key-file';
import { unwrapKey, type KdfParams } from '../../electron/core/access/key-wrap';
import { databasePath, type AppCore } from '../../electron/core/app-core';
import type { DatabaseKey } from '../../electron/core/db/database-key';
import { openDatabase } from '../../electron/core/db/open';

/** Cheap scrypt for tests; the production cost is checked once in access tests. */
export const TEST_KDF: KdfParams = { name: 'scrypt', N: 1024, r: 8, p: 1 };
export const TEST_PASSPHRASE = 'correct horse battery staple';
export const TEST_ADMIN = { name: 'Alex Admin', pin: '246810' };
export const TEST_EXPORT_PASSPHRASE = 'export passphrase for tests';
/** What importing an export into a new data folder needs in tests. */
export const TEST_IMPORT_SECRETS = {
  exportPassphrase: TEST_EXPORT_PASSPHRASE,
  clinicPassphrase: TEST_PASSPHRASE,
  kdf: TEST_KDF,
};

/** The data key of a test data folder (set up with TEST_PASSPHRASE). */
export function testDataKey(dataDir: string): DatabaseKey {
  const key = unwrapKey(readKeyFile(dataDir).passphrase, TEST_PASSPHRASE, 'passphrase');
  if (!key) throw new Error('The test passphrase does not open this data folder');
  return key;
}

/** The live database of a data folder, opened with its key (for seeding or tampering). */
export function openDataFolderDatabase(dataDir: string) {
  return openDatabase(databasePath(dataDir), { key: testDataKey(dataDir) });
}

/**
 * Takes a new core past the lock: sets up the clinic (passphrase and first admin) on a new
 * data folder, or opens it with the test passphrase, then signs the admin in.
 */
export function unlockTestCore(core: AppCore): void {
  const { access } = core;
  if (access.status().stage === 'passphrase') access.openClinic(TEST_PASSPHRASE);
  // A new folder, or one whose first start was cut off before the first admin was made.
  if (access.status().stage === 'setup') {
    access.setup({
      clinicPassphrase: TEST_PASSPHRASE,
      adminName: TEST_ADMIN.name,
      secretKind: 'pin',
      secret: TEST_ADMIN.pin,
    });
    return;
  }
  const status = access.status();
  if (status.stage !== 'sign-in') return;
  const admin = status.clinicians.find((c) => c.name === TEST_ADMIN.name);
  if (admin) access.signIn(admin.id, TEST_ADMIN.pin);
}
