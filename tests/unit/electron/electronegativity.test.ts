// The electronegativity gate: findings off the allow-list fail, stale entries fail, and a
// real scan of insecure Electron code produces findings the gate rejects.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  judge,
  loadAllowList,
  parseSarif,
  scan,
  type AllowEntry,
  type Finding,
} from '../../../electron/tools/electronegativity-scan';

const finding = (overrides: Partial<Finding> = {}): Finding => ({
  check: 'OPEN_EXTERNAL_JS_CHECK',
  file: 'main/index.js',
  line: 10,
  code: 'openExternal: (url) => shell.openExternal(url),',
  message: 'Review the use of openExternal',
  ...overrides,
});
const entry = (overrides: Partial<AllowEntry> = {}): AllowEntry => ({
  check: 'OPEN_EXTERNAL_JS_CHECK',
  file: 'main/index.js',
  code: 'shell.openExternal(url)',
  reason: 'Only reached after isSafeExternalUrl() validated the URL.',
  ...overrides,
});

describe('allow-list gate', () => {
  it('lets through only findings an entry names by check, file and code', () => {
    const verdict = judge(
      [
        finding(),
        finding({ code: 'shell.openExternal(untrusted)' }),
        finding({ check: 'SANDBOX_JS_CHECK', code: 'new BrowserWindow({' }),
      ],
      [entry()],
    );
    expect(verdict.allowed).toHaveLength(1);
    expect(verdict.failures.map((item) => item.check)).toEqual([
      'OPEN_EXTERNAL_JS_CHECK',
      'SANDBOX_JS_CHECK',
    ]);
    expect(verdict.unusedEntries).toEqual([]);
  });

  it('reports entries that no longer match anything', () => {
    const stale = entry({ check: 'NODE_INTEGRATION_JS_CHECK' });
    expect(judge([], [stale]).unusedEntries).toEqual([stale]);
  });

  it('keeps the project allow-list short and explained', () => {
    const list = loadAllowList();
    expect(list.length).toBeLessThanOrEqual(8);
    for (const item of list) expect(item.reason.length).toBeGreaterThanOrEqual(30);
  });

  it('reads SARIF results with the flagged source line', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'physioplan-sarif-'));
    fs.mkdirSync(path.join(dir, 'main'));
    fs.writeFileSync(path.join(dir, 'main', 'index.js'), 'line one\n  shell.openExternal(url);\n');
    const sarif = JSON.stringify({
      runs: [
        {
          results: [
            {
              ruleId: 'OPEN_EXTERNAL_JS_CHECK',
              message: { text: 'Review the use of openExternal' },
              locations: [
                {
                  physicalLocation: {
                    artifactLocation: { uri: 'main/index.js' },
                    region: { startLine: 2 },
                  },
                },
              ],
            },
          ],
        },
      ],
    });
    expect(parseSarif(sarif, dir)).toEqual([
      {
        check: 'OPEN_EXTERNAL_JS_CHECK',
        file: 'main/index.js',
        line: 2,
        code: 'shell.openExternal(url);',
        message: 'Review the use of openExternal',
      },
    ]);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe('electronegativity scan', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'physioplan-insecure-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('finds insecure window settings and the gate fails them', () => {
    fs.mkdirSync(path.join(dir, 'main'));
    fs.writeFileSync(
      path.join(dir, 'main', 'index.js'),
      [
        "const { app, BrowserWindow } = require('electron');",
        'app.whenReady().then(() => {',
        '  const win = new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false } });',
        "  win.loadURL('http://example.org/');",
        '});',
      ].join('\n'),
    );
    const findings = scan(dir);
    const checks = findings.map((item) => item.check);
    expect(checks).toEqual(
      expect.arrayContaining([
        'CONTEXT_ISOLATION_JS_CHECK',
        'SANDBOX_JS_CHECK',
        'HTTP_RESOURCES_JS_CHECK',
        'LIMIT_NAVIGATION_GLOBAL_CHECK',
        'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK',
      ]),
    );
    expect(judge(findings, loadAllowList()).failures.length).toBeGreaterThanOrEqual(5);
  }, 60_000);
});
