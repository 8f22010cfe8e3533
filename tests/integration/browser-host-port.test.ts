// The browser host keeps its address from one start to the next (the window's language and
// cached code live per address), and gives way when something else holds the port.
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { rememberedPort, rememberPort } from '../../electron/browser-host/port-memory';
import { startBrowserHost, type BrowserHost } from '../../electron/browser-host/server';
import { silentLogger } from '../../electron/core/context';
import { tempDir } from '../support/core';

const open: { close(): Promise<void> }[] = [];
afterEach(async () => {
  for (const thing of open.splice(0)) await thing.close();
});

function rendererDir(): string {
  const dir = tempDir('physioplan-renderer-');
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Physioplan</title>');
  return dir;
}

async function start(options: { port?: number; preferredPort?: number }): Promise<BrowserHost> {
  const host = await startBrowserHost({
    dispatch: () => Promise.resolve({ ok: true, value: null }),
    rendererDir: rendererDir(),
    log: silentLogger,
    ...options,
  });
  open.push(host);
  return host;
}

/** Holds a port the way another program would. */
async function occupy(port: number): Promise<void> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  open.push({ close: () => new Promise<void>((resolve) => server.close(() => resolve())) });
}

describe('browser host port', () => {
  it('a second start listens where the first did', async () => {
    const dataDir = tempDir('physioplan-data-');
    expect(rememberedPort(dataDir)).toBeUndefined();
    const first = await start({ preferredPort: rememberedPort(dataDir) });
    rememberPort(dataDir, first.port);
    const port = first.port;
    await first.close();

    const second = await start({ preferredPort: rememberedPort(dataDir) });
    expect(second.port).toBe(port);
    expect(second.url).toBe(`http://127.0.0.1:${port}/`);
  });

  it('a remembered port another program holds gives way to a free one, remembered next', async () => {
    const dataDir = tempDir('physioplan-data-');
    const first = await start({});
    const port = first.port;
    rememberPort(dataDir, port);
    await first.close();
    await occupy(port);

    const second = await start({ preferredPort: rememberedPort(dataDir) });
    expect(second.port).not.toBe(port);
    rememberPort(dataDir, second.port);
    expect(rememberedPort(dataDir)).toBe(second.port);
  });

  it('a port asked for on the command line is that port or an error', async () => {
    const first = await start({});
    await expect(start({ port: first.port })).rejects.toThrow(/EADDRINUSE/);
  });

  it('ignores a damaged or privileged remembered port', () => {
    const dataDir = tempDir('physioplan-data-');
    for (const text of ['not a port', '80', '70000', '12.5', '']) {
      fs.writeFileSync(path.join(dataDir, 'browser-host-port'), text);
      expect(rememberedPort(dataDir), text).toBeUndefined();
    }
    fs.writeFileSync(path.join(dataDir, 'browser-host-port'), '43210\n');
    expect(rememberedPort(dataDir)).toBe(43210);
  });
});
