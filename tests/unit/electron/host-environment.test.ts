// npm start gives the browser host the terminal's environment, less the extra CA bundle that
// Node would otherwise read at every start for a host that opens no connection.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { browserHostEnvironment } from '../../../electron/browser-host/host-environment';

describe("the browser host's environment", () => {
  it('drops NODE_EXTRA_CA_CERTS and keeps everything else, leaving the given one as it was', () => {
    const given = { PATH: '/usr/bin', HOME: '/home/ana', NODE_EXTRA_CA_CERTS: '/etc/ca.pem' };
    const env = browserHostEnvironment(given);
    expect(env).toEqual({ PATH: '/usr/bin', HOME: '/home/ana' });
    expect(given.NODE_EXTRA_CA_CERTS).toBe('/etc/ca.pem');
  });

  it('is what Node then starts with: no certificate file is read', () => {
    // Node warns when it cannot read the file the variable names; it never looks without it.
    const missing = { ...process.env, NODE_EXTRA_CA_CERTS: '/nonexistent/physioplan-ca.pem' };
    const run = (env: NodeJS.ProcessEnv) =>
      spawnSync(process.execPath, ['-e', '0'], { env, encoding: 'utf8' }).stderr;
    expect(run(missing)).toContain('/nonexistent/physioplan-ca.pem');
    expect(run(browserHostEnvironment(missing))).toBe('');
  });
});
