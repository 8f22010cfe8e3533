// Entry point of the browser host: `node out/main/browser-host.js [--no-open] [--data-dir DIR]`.
import type { ChildProcess } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openCore } from '../core/app-core';
import { consoleLogger } from '../core/context';
import { defaultDataDir } from '../core/data-dir';
import { findBrowser, openAppWindow } from './launcher';
import { startBrowserHost } from './server';

const APP_VERSION = process.env['npm_package_version'] ?? '0.1.0';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'no-open': { type: 'boolean', default: false },
      'data-dir': { type: 'string' },
      port: { type: 'string' },
    },
  });
  const dataDir = values['data-dir'] ? path.resolve(values['data-dir']) : defaultDataDir();
  const core = openCore({
    dataDir,
    host: { kind: 'browser', appVersion: APP_VERSION },
    log: consoleLogger,
  });
  const host = await startBrowserHost({
    dispatch: core.dispatch,
    rendererDir: path.join(import.meta.dirname, '../renderer'),
    log: consoleLogger,
    ...(values.port ? { port: Number(values.port) } : {}),
  });

  let closing = false;
  const opened: { window?: ChildProcess } = {};
  const shutdown = async (code: number) => {
    if (closing) return;
    closing = true;
    // Closing the host from the terminal closes its window too, rather than leaving a
    // window whose every action would fail.
    if (opened.window && opened.window.exitCode === null) opened.window.kill('SIGTERM');
    await host.close();
    core.close();
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));

  if (values['no-open']) {
    console.log(`Physioplan: browser host at ${host.url} — data in ${dataDir}`);
    console.log(`PHYSIOPLAN_URL=${host.url}`);
    return;
  }
  const browser = findBrowser();
  if (browser === null) {
    console.log(`Physioplan: browser host at ${host.url} — data in ${dataDir}`);
    console.log(
      'No Chromium or Chrome found (set PHYSIOPLAN_BROWSER); open the address above in one.',
    );
    return;
  }
  console.log(`Physioplan: browser host in ${path.basename(browser)} — data in ${dataDir}`);
  opened.window = openAppWindow(browser, host.url, dataDir);
  opened.window.on('exit', () => void shutdown(0));
}

main().catch((error: unknown) => {
  console.error(
    `Physioplan could not start: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
});
