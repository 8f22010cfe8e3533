// npm start: build if needed, then run the browser host (the Electron path is added by the
// Electron host work).
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';

if (!fs.existsSync('out/main/browser-host.js'))
  execFileSync('npx', ['electron-vite', 'build'], { stdio: 'inherit' });
const child = spawn(process.execPath, ['out/main/browser-host.js', ...process.argv.slice(2)], {
  stdio: 'inherit',
});
child.on('exit', (code) => process.exit(code ?? 0));
