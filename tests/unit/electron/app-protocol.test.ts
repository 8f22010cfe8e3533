// app:// serves the built renderer and nothing outside it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  createAppProtocolHandler,
  registerAppScheme,
  resolveAppFile,
} from '../../../electron/main/app-protocol';

let root: string;
let rendererDir: string;

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'physioplan-protocol-'));
  rendererDir = path.join(root, 'renderer');
  fs.mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
  fs.writeFileSync(
    path.join(rendererDir, 'index.html'),
    '<!doctype html><title>Physioplan</title>',
  );
  fs.writeFileSync(path.join(rendererDir, 'assets', 'index-abc.js'), 'console.log(1)');
  fs.writeFileSync(path.join(root, 'secret.txt'), 'patient list');
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('app:// file resolution', () => {
  it('maps app URLs into the renderer folder', () => {
    expect(resolveAppFile(rendererDir, 'app://physioplan/')).toBe(
      path.join(rendererDir, 'index.html'),
    );
    expect(resolveAppFile(rendererDir, 'app://physioplan/assets/index-abc.js?v=1#x')).toBe(
      path.join(rendererDir, 'assets', 'index-abc.js'),
    );
  });

  it.each([
    'app://physioplan/../secret.txt',
    'app://physioplan/%2e%2e/secret.txt',
    'app://physioplan/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    'app://physioplan/..%5csecret.txt',
    'app://physioplan/index.html%00.js',
    'app://physioplan/%E0%A4%A',
    'app://other-host/index.html',
    'file:///etc/passwd',
    'https://physioplan/index.html',
  ])('refuses %s', (url) => {
    const file = resolveAppFile(rendererDir, url);
    expect(file === null || file.startsWith(rendererDir + path.sep)).toBe(true);
    expect(file).not.toBe(path.join(root, 'secret.txt'));
  });
});

describe('app:// handler', () => {
  const handler = () => createAppProtocolHandler(rendererDir);

  it('serves files with their type and the security headers', async () => {
    const response = await handler()(new Request('app://physioplan/assets/index-abc.js'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toBe('console.log(1)');
  });

  it('answers 404 for missing files and files outside the renderer', async () => {
    expect((await handler()(new Request('app://physioplan/nope.js'))).status).toBe(404);
    const escape = await handler()(
      new Request('app://physioplan/assets/%2e%2e%2f%2e%2e%2fsecret.txt'),
    );
    expect(escape.status).toBe(404);
  });

  it('refuses anything but reading', async () => {
    const response = await handler()(
      new Request('app://physioplan/index.html', { method: 'POST', body: 'x' }),
    );
    expect(response.status).toBe(405);
  });

  it('registers app:// as a secure standard scheme', () => {
    const protocol = { registerSchemesAsPrivileged: vi.fn() };
    registerAppScheme(protocol);
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true }),
      }),
    ]);
    const [[schemes]] = protocol.registerSchemesAsPrivileged.mock.calls as [
      [{ privileges: Record<string, boolean> }[]],
    ];
    expect(schemes[0]?.privileges['bypassCSP']).toBeUndefined();
  });
});
