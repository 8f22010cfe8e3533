// Security scan of the built app with @doyensec/electronegativity (part of `npm test`).
// The tool exits 0 whatever it finds, so this reads its SARIF report and fails on any
// finding that is not on the allow-list (tests/security/electronegativity-allow.json, each
// entry with its reason). Allow-list entries that no longer match anything fail too, so the
// list cannot quietly outlive the code it excuses.
//
//   npx tsx electron/tools/electronegativity-scan.ts [out-dir]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { buildIsStale, runBuild } from './start-host';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
export const ALLOW_LIST_FILE = path.join(ROOT, 'tests', 'security', 'electronegativity-allow.json');
/** Needs the network (Electron's release list); Electron upgrades are tracked by hand. */
const NETWORK_CHECKS = ['AvailableSecurityFixesGlobalCheck'];

export interface Finding {
  check: string;
  /** Relative to the scanned folder, e.g. main/index.js. */
  file: string;
  line: number;
  /** The flagged source line, trimmed (empty when the tool gives no line). */
  code: string;
  message: string;
}

const allowEntrySchema = z.object({
  check: z.string().min(1),
  file: z.string().min(1),
  /** Text the flagged line must contain, so one entry excuses one call site, not a file. */
  code: z.string().min(1).optional(),
  reason: z.string().min(30, 'Give a real reason (at least 30 characters).'),
});
export type AllowEntry = z.infer<typeof allowEntrySchema>;
export const allowListSchema = z.array(allowEntrySchema);

const sarifSchema = z.object({
  runs: z.array(
    z.object({
      results: z.array(
        z.object({
          ruleId: z.string(),
          message: z.object({ text: z.string() }),
          locations: z
            .array(
              z.object({
                physicalLocation: z.object({
                  artifactLocation: z.object({ uri: z.string() }),
                  region: z.object({ startLine: z.number() }).optional(),
                }),
              }),
            )
            .default([]),
        }),
      ),
    }),
  ),
});

export function parseSarif(sarifText: string, scannedDir: string): Finding[] {
  const sarif = sarifSchema.parse(JSON.parse(sarifText));
  return sarif.runs.flatMap((run) =>
    run.results.map((result) => {
      const location = result.locations[0]?.physicalLocation;
      const file = (location?.artifactLocation.uri ?? 'N/A').split(path.sep).join('/');
      const line = location?.region?.startLine ?? 0;
      return {
        check: result.ruleId,
        file,
        line,
        code: sourceLine(scannedDir, file, line),
        message: result.message.text,
      };
    }),
  );
}

function sourceLine(dir: string, file: string, line: number): string {
  if (line < 1) return '';
  try {
    return (fs.readFileSync(path.join(dir, file), 'utf8').split('\n')[line - 1] ?? '').trim();
  } catch {
    return '';
  }
}

export function matches(entry: AllowEntry, finding: Finding): boolean {
  return (
    entry.check === finding.check &&
    entry.file === finding.file &&
    (entry.code === undefined || finding.code.includes(entry.code))
  );
}

export interface Verdict {
  failures: Finding[];
  allowed: { finding: Finding; entry: AllowEntry }[];
  unusedEntries: AllowEntry[];
}

export function judge(findings: Finding[], allowList: AllowEntry[]): Verdict {
  const allowed: Verdict['allowed'] = [];
  const failures: Finding[] = [];
  for (const finding of findings) {
    const entry = allowList.find((candidate) => matches(candidate, finding));
    if (entry) allowed.push({ finding, entry });
    else failures.push(finding);
  }
  const unusedEntries = allowList.filter((entry) => !allowed.some((item) => item.entry === entry));
  return { failures, allowed, unusedEntries };
}

export function loadAllowList(file: string = ALLOW_LIST_FILE): AllowEntry[] {
  return allowListSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
}

function electronVersion(): string {
  const pkg = JSON.parse(
    fs.readFileSync(path.join(ROOT, 'node_modules', 'electron', 'package.json'), 'utf8'),
  ) as {
    version: string;
  };
  return pkg.version;
}

/** Runs the tool over a folder and returns what it found. Throws if the tool itself fails. */
export function scan(dir: string): Finding[] {
  const report = path.join(
    fs.mkdtempSync(path.join(os.tmpdir(), 'physioplan-electronegativity-')),
    'report.sarif',
  );
  try {
    const result = spawnSync(
      process.execPath,
      [
        '--require',
        path.join(import.meta.dirname, 'electronegativity-offline.cjs'),
        path.join(ROOT, 'node_modules', '@doyensec', 'electronegativity', 'dist', 'index.js'),
        '--input',
        dir,
        '--relative',
        '--electron-version',
        electronVersion(),
        '--exclude-checks',
        NETWORK_CHECKS.join(','),
        '--output',
        report,
      ],
      { encoding: 'utf8', timeout: 120_000, cwd: ROOT },
    );
    if (result.status !== 0 || !fs.existsSync(report)) {
      throw new Error(
        `electronegativity did not finish (exit ${String(result.status)}):\n${result.stdout}${result.stderr}`,
      );
    }
    return parseSarif(fs.readFileSync(report, 'utf8'), dir);
  } finally {
    fs.rmSync(path.dirname(report), { recursive: true, force: true });
  }
}

function describe(finding: Finding): string {
  return `${finding.check} ${finding.file}:${finding.line} — ${finding.message}${finding.code ? `\n      ${finding.code.slice(0, 160)}` : ''}`;
}

export function main(argv: string[] = process.argv.slice(2)): number {
  const dir = path.resolve(argv[0] ?? path.join(ROOT, 'out'));
  if (argv[0] === undefined && buildIsStale(ROOT) && !runBuild(ROOT)) return 1;
  const required = ['main/index.js', 'preload/index.cjs', 'renderer/index.html'];
  const missing = required.filter((file) => !fs.existsSync(path.join(dir, file)));
  if (missing.length > 0) {
    console.error(
      `electronegativity: build first (npx electron-vite build); missing ${missing.join(', ')} in ${dir}`,
    );
    return 1;
  }
  const verdict = judge(scan(dir), loadAllowList());
  for (const { finding, entry } of verdict.allowed)
    console.log(`  allowed  ${describe(finding)}\n      because ${entry.reason}`);
  for (const finding of verdict.failures) console.error(`  FINDING  ${describe(finding)}`);
  for (const entry of verdict.unusedEntries) {
    console.error(
      `  STALE    allow-list entry ${entry.check} ${entry.file}${entry.code ? ` "${entry.code}"` : ''} matches nothing; remove it`,
    );
  }
  const failed = verdict.failures.length + verdict.unusedEntries.length;
  console.log(
    `electronegativity: ${verdict.allowed.length + verdict.failures.length} findings in ${path.relative(ROOT, dir) || dir}, ${verdict.allowed.length} on the allow-list, ${verdict.failures.length} not, ${verdict.unusedEntries.length} stale allow-list entries`,
  );
  return failed === 0 ? 0 : 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename))
  process.exitCode = main();
