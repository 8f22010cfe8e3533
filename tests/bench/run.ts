// npm run bench: runs every tests/bench/*.bench.ts in its own process, one after another
// (the machines are small and shared; parallel benchmarks would measure each other).
// Pass names to run a subset: npm run bench -- library pdf
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const dir = import.meta.dirname;
const wanted = process.argv.slice(2);
const files = fs
  .readdirSync(dir)
  .filter((name) => name.endsWith('.bench.ts'))
  .filter((name) => wanted.length === 0 || wanted.some((w) => name.startsWith(w)))
  .sort();

let failed = 0;
for (const file of files) {
  console.log(`# ${file}`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(dir, file)], {
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (result.status !== 0) failed += 1;
}
if (files.length === 0) console.log('No benchmarks matched.');
process.exit(failed === 0 ? 0 : 1);
