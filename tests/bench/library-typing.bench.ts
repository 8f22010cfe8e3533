// Typing in the library search with 10,000 items, end to end in the browser host: from each
// keystroke to the frame that shows its results (performance marks set by the library screen).
// Builds the app first; needs Chromium (PHYSIOPLAN_BROWSER or /usr/bin/chromium).
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { openTestCore, tempDir } from '../support/core';
import { report, stats } from './bench-utils';
import { seedLibrary } from './library-data';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const browserPath = process.env['PHYSIOPLAN_BROWSER'] ?? '/usr/bin/chromium';
const ITEMS = 10_000;
const words = [
  'calf raise',
  'heel drop',
  'achilles',
  'plantar fascia',
  'single leg balance',
  'towel',
];

function startHost(dataDir: string): Promise<{ url: string; stop(): void }> {
  const child = spawn(
    process.execPath,
    [path.join(repoRoot, 'out/main/browser-host.js'), '--no-open', '--data-dir', dataDir],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /PHYSIOPLAN_URL=(\S+)/.exec(output);
      if (match?.[1]) resolve({ url: match[1], stop: () => child.kill('SIGTERM') });
    });
    child.once('exit', (code) => reject(new Error(`browser host exited (${code}): ${output}`)));
  });
}

async function main() {
  if (!fs.existsSync(browserPath)) {
    console.log(`# skipped: no browser at ${browserPath}`);
    return;
  }
  execFileSync('npx', ['electron-vite', 'build'], { cwd: repoRoot, stdio: 'ignore' });

  const dataDir = tempDir('physioplan-bench-typing-');
  const core = openTestCore(dataDir, { idPrefix: 'seed' });
  seedLibrary(core, ITEMS);
  core.close();

  const host = await startHost(dataDir);
  const browser = await chromium.launch({
    executablePath: browserPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    await page.goto(host.url);
    await page.goto(`${new URL(host.url).origin}/#/library`);
    const box = page.getByRole('combobox', { name: 'Search the library' });
    await page.getByText(/^\d{1,2},\d{3} items$/).waitFor();
    const samples: number[] = [];
    let keystrokes = 0;
    for (let round = 0; round < 3; round++) {
      for (const word of words) {
        await box.fill('');
        await page.waitForTimeout(150);
        await page.evaluate(() => performance.clearMeasures('library:typing-to-list'));
        // About 8 characters a second: a quick typist.
        await box.pressSequentially(word, { delay: 120 });
        keystrokes += word.length;
        await page.waitForTimeout(400);
        const measured = await page.evaluate(() =>
          performance.getEntriesByName('library:typing-to-list').map((e) => e.duration),
        );
        samples.push(...measured);
      }
    }
    report('library.browser.typing-to-list', {
      ...stats(samples),
      keystrokes,
      items: ITEMS,
    });
  } finally {
    await browser.close();
    host.stop();
  }
}

await main();
