// Builds the app once before the end-to-end tests (they run the built browser host).
import { execFileSync } from 'node:child_process';

export default function globalSetup(): void {
  if (process.env['PHYSIOPLAN_SKIP_BUILD'] === '1') return;
  execFileSync('npx', ['electron-vite', 'build'], { stdio: 'inherit' });
}
