// The Electron host end to end. With the Electron binary installed, Playwright's _electron
// drives the real app; without it (offline installs, this CI) that test skips and says why,
// and the built main bundle is still exercised against a stand-in 'electron' module.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { ensureElectronSqlite, readElectronTarget } from '../../electron/tools/electron-sqlite';
import { electronBinary } from '../../electron/tools/start-host';

const ROOT = path.resolve(import.meta.dirname, '../..');
const MAIN_BUNDLE = path.join(ROOT, 'out', 'main', 'index.js');

function electronSetup(): { binary: string; sqliteBinding: string } | { skip: string } {
  const binary = electronBinary(ROOT);
  if (binary === null) {
    return {
      skip: 'the Electron binary is not installed (node_modules/electron has no dist/); run `node node_modules/electron/install.js` online to enable this test',
    };
  }
  const sqlite = ensureElectronSqlite({ root: ROOT, target: readElectronTarget(ROOT) });
  if (!sqlite.ok)
    return { skip: `better-sqlite3 could not be built for Electron: ${sqlite.reason}` };
  return { binary, sqliteBinding: sqlite.binding };
}

const setup = electronSetup();
if ('skip' in setup) console.log(`[electron.spec] SKIPPED the real-Electron test: ${setup.skip}.`);

function tempDataDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'physioplan-electron-e2e-'));
}

async function launch(dataDir: string): Promise<ElectronApplication> {
  if ('skip' in setup) throw new Error(setup.skip);
  const asRoot = process.platform === 'linux' && process.getuid?.() === 0;
  return electron.launch({
    executablePath: setup.binary,
    args: [ROOT, ...(asRoot ? ['--no-sandbox'] : [])],
    env: {
      ...process.env,
      PHYSIOPLAN_DATA_DIR: dataDir,
      PHYSIOPLAN_SQLITE_BINDING: setup.sqliteBinding,
    },
  });
}

test.describe('Electron host (real Electron)', () => {
  test.skip('skip' in setup, 'skip' in setup ? setup.skip : '');

  test('opens a locked-down window whose settings survive a restart', async () => {
    const dataDir = tempDataDir();
    let app = await launch(dataDir);
    try {
      const page = await app.firstWindow();
      await expect(page.getByRole('heading', { name: 'Clinic settings' })).toBeVisible();
      expect(page.url()).toMatch(/^app:\/\/physioplan\//);

      // The renderer has no Node and exactly one bridge object.
      const globals = await page.evaluate(() => ({
        require: typeof (globalThis as { require?: unknown }).require,
        process: typeof (globalThis as { process?: unknown }).process,
        bridge: Object.keys((globalThis as { physioplan?: object }).physioplan ?? {}),
      }));
      expect(globals).toEqual({ require: 'undefined', process: 'undefined', bridge: ['invoke'] });

      expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(
        1,
      );

      // Navigation away is refused; the page stays on app://.
      await page.evaluate(() => {
        (globalThis as unknown as { location: { href: string } }).location.href =
          'https://example.org/';
      });
      await page.waitForTimeout(500);
      expect(page.url()).toMatch(/^app:\/\/physioplan\//);

      await page.getByLabel('Clinic name').fill('Heel & Sole Physiotherapy');
      await page.getByRole('button', { name: 'Save settings' }).click();
      await expect(page.getByText('Clinic settings saved.')).toBeVisible();
      await app.close();

      app = await launch(dataDir);
      const again = await app.firstWindow();
      await expect(again.getByLabel('Clinic name')).toHaveValue('Heel & Sole Physiotherapy');
    } finally {
      await app.close().catch(() => undefined);
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

test.describe('Electron host (built bundle, stand-in electron module)', () => {
  test('the built main process starts, serves the renderer and answers on its one channel', () => {
    const dataDir = tempDataDir();
    try {
      const output = execFileSync(
        process.execPath,
        [path.join(import.meta.dirname, 'electron-stand-in', 'run.mjs'), MAIN_BUNDLE, dataDir],
        { encoding: 'utf8', timeout: 30_000 },
      );
      const line = output.split('\n').find((entry) => entry.startsWith('STAND_IN_REPORT='));
      expect(line, output).toBeDefined();
      const report = JSON.parse((line ?? '').slice('STAND_IN_REPORT='.length)) as Record<
        string,
        unknown
      >;
      expect(report).toMatchObject({
        errorBoxes: [],
        exits: [],
        sandboxEnabled: true,
        schemes: ['app'],
        userData: path.join(dataDir, 'electron-profile'),
        window: {
          url: 'app://physioplan/index.html',
          webPreferences: {
            preload: path.join(ROOT, 'out', 'preload', 'index.cjs'),
            contextIsolation: true,
            sandbox: true,
            nodeIntegration: false,
          },
        },
        page: { status: 200, body: expect.stringContaining('<div id="root">') },
        outsideStatus: 404,
        accessStatus: { ok: true, value: { stage: 'setup', upgrade: false } },
        appInfo: { ok: false, error: { code: 'LOCKED' } },
        fromElsewhere: { ok: false, error: { code: 'VALIDATION' } },
      });
      expect(fs.existsSync(path.join(ROOT, 'out', 'preload', 'index.cjs'))).toBe(true);
      // Nothing of the record is written before the clinic is set up (the key makes it).
      expect(fs.existsSync(path.join(dataDir, 'physioplan.sqlite'))).toBe(false);
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
