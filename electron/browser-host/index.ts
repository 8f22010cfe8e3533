// Entry point of the browser host: `node out/main/browser-host.js [--no-open] [--data-dir DIR]`.
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { AppCore } from '../core/app-core';
import { consoleLogger } from '../core/context';
import { defaultDataDir } from '../core/data-dir';
import { findBrowser, launchPageAddress, openAppWindow, writeLaunchPage } from './launcher';
import { rememberedPort, rememberPort } from './port-memory';
import { startBrowserHost } from './server';

const APP_VERSION = process.env['npm_package_version'] ?? '0.1.0';

async function main(): Promise<void> {
  // Everything this process creates (database sidecars, launch page, logs) is owner-only.
  process.umask(0o077);
  const { values } = parseArgs({
    options: {
      'no-open': { type: 'boolean', default: false },
      'data-dir': { type: 'string' },
      port: { type: 'string' },
    },
  });
  const dataDir = values['data-dir'] ? path.resolve(values['data-dir']) : defaultDataDir();
  // The core (the API contract's schemas, the database) is most of the start-up: it loads while
  // the server already answers and the window opens, and the first call waits for it.
  const core: Promise<AppCore> = import('../core/app-core').then(({ openCore }) =>
    openCore({ dataDir, host: { kind: 'browser', appVersion: APP_VERSION }, log: consoleLogger }),
  );
  core.catch((error: unknown) => {
    console.error(
      `Physioplan could not start: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(1);
  });
  const remembered = rememberedPort(dataDir);
  const host = await startBrowserHost({
    dispatch: async (method, input) => (await core).dispatch(method, input),
    rendererDir: path.join(import.meta.dirname, '../renderer'),
    log: consoleLogger,
    ...(values.port ? { port: Number(values.port) } : { preferredPort: remembered }),
  });
  if (host.port !== remembered) rememberPort(dataDir, host.port);

  let closing = false;
  const opened: { window?: ChildProcess; launchPage?: string } = {};
  const removeLaunchPage = () => {
    if (opened.launchPage) fs.rmSync(opened.launchPage, { force: true });
  };
  const shutdown = async (code: number) => {
    if (closing) return;
    closing = true;
    // Closing the host from the terminal closes its window too, rather than leaving a
    // window whose every action would fail.
    if (opened.window && opened.window.exitCode === null) opened.window.kill('SIGTERM');
    removeLaunchPage();
    await host.close();
    (await core).close();
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));

  // The one-time address goes to this terminal only (never to a command line or the
  // environment of another process); it signs in one window and is dead after that.
  if (values['no-open']) {
    console.log(`Physioplan: browser host at ${host.url} — data in ${dataDir}`);
    console.log(`PHYSIOPLAN_URL=${host.launchUrl()}`);
    return;
  }
  const browser = findBrowser();
  if (browser === null) {
    console.log(`Physioplan: browser host at ${host.url} — data in ${dataDir}`);
    console.log(
      `No Chromium or Chrome found (set PHYSIOPLAN_BROWSER). Open this address once in one: ${host.launchUrl()}`,
    );
    return;
  }
  console.log(`Physioplan: browser host in ${path.basename(browser)} — data in ${dataDir}`);
  opened.launchPage = writeLaunchPage(dataDir, host.launchUrl(removeLaunchPage));
  opened.window = openAppWindow(browser, launchPageAddress(opened.launchPage), dataDir);
  opened.window.on('exit', () => void shutdown(0));
}

main().catch((error: unknown) => {
  console.error(
    `Physioplan could not start: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
});
