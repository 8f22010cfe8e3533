import { it } from 'vitest';
import { openCore } from '../../electron/core/app-core';
import { tempDir } from '../support/core';
import { TEST_KDF, unlockTestCore } from '../support/test-keys';
it('repro', () => {
  const dataDir = tempDir('physioplan-repro-');
  const core = openCore({ dataDir, host: { kind: 'test', appVersion: 'kill-test' }, log: { info() {}, warn: console.warn, error: (m: string, e: unknown) => console.log('ERR', m, e) } as never, kdf: TEST_KDF });
  unlockTestCore(core);
  console.log(JSON.stringify(core.status()));
  core.close();
});
