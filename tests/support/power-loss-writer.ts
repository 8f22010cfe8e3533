// Child process for the power-loss test: opens the core on a data folder and creates patients
// as fast as it can, reporting each acknowledged one (`P <id>`) to a report file with a
// blocking write. With `off` as the last argument it first turns SQLite's syncing off, so the
// test can show that its disk model catches lost writes.
import fs from 'node:fs';
import { openCore } from '../../electron/core/app-core';
import { silentLogger } from '../../electron/core/context';
import { TEST_KDF, unlockTestCore } from './test-keys';

const [dataDir, reportFile, runId, mode] = process.argv.slice(2);
if (dataDir === undefined || reportFile === undefined || runId === undefined) {
  throw new Error('usage: power-loss-writer DATA_DIR REPORT_FILE RUN_ID [off]');
}
const report = fs.openSync(reportFile, 'a');
const core = openCore({
  dataDir,
  host: { kind: 'test', appVersion: 'power-loss-test' },
  log: silentLogger,
  dailyBackup: false,
  kdf: TEST_KDF,
});
unlockTestCore(core);
if (mode === 'off') core.ctx.db.pragma('synchronous = OFF');
process.stdout.write(`READY ${core.status().mode}\n`);

async function run(): Promise<void> {
  for (let n = 1; ; n += 1) {
    const result = await core.dispatch('patients.create', {
      patient: {
        firstName: 'Power',
        lastName: `Loss ${runId}-${n}`,
        dateOfBirth: '1984-03-09',
        phone: '',
        email: '',
        address: '',
        conditions: ['Plantar heel pain'],
        diagnosis: 'Plantar fasciopathy, left',
        preferredLanguage: 'en',
        notes: 'Runs 30 km a week; first steps in the morning hurt.',
      },
    });
    if (!result.ok) throw new Error(`${result.error.code} ${result.error.message}`);
    fs.writeSync(report, `P ${(result.value as { id: string }).id}\n`);
  }
}

run().catch((error: unknown) => {
  fs.writeSync(report, `ERROR ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
