// Child process for the data-lock test: opens the core on a data folder the way a host does,
// prints READY (or the refusal) and keeps the folder open until it is killed.
import { openCore } from '../../electron/core/app-core';
import { silentLogger } from '../../electron/core/context';

const [dataDir, kind] = process.argv.slice(2);
if (dataDir === undefined || (kind !== 'browser' && kind !== 'electron')) {
  throw new Error('usage: lock-holder DATA_DIR browser|electron');
}
try {
  openCore({ dataDir, host: { kind, appVersion: 'lock-test' }, log: silentLogger });
  process.stdout.write('READY\n');
  setInterval(() => undefined, 60_000);
} catch (error) {
  process.stdout.write(`REFUSED ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
