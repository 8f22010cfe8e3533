// Fuzz test: 10,000 random calls to the dispatcher — unknown methods, wrong types, huge
// strings, NaN, deep nesting, SQL and path-traversal strings, mixed with valid calls. Every
// call must come back as a typed error or a valid result (never a throw, never INTERNAL),
// and the database must pass integrity_check and the audit check afterwards.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { api, isMethodName } from '../../shared/api';
import { errorCodes } from '../../shared/errors';
import { verifyAuditLog } from '../../electron/core/audit/audit-log';
import { openTestCore } from '../support/core';

const RUNS = 10_000;
const methods = Object.keys(api);
/** Each of these writes a whole database copy (tens of ms with fsync): call them less often. */
const slowMethods = new Set(['backups.create', 'backups.exportRecord']);
const methodName = fc.oneof(
  ...methods.map((m) => ({ arbitrary: fc.constant(m), weight: slowMethods.has(m) ? 1 : 8 })),
);

const hostileStrings = [
  "'; DROP TABLE patients; --",
  "' OR 1=1 --",
  'Robert"); DELETE FROM audit_log; --',
  '../../../../etc/passwd',
  '..\\..\\..\\Windows\\System32\\config\\SAM',
  '/etc/passwd',
  '/dev/zero',
  '/proc/self/environ',
  'C:\\Windows\\System32',
  '\\\\server\\share\\file',
  '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  'file:///etc/passwd',
  'physioplan-2026-11-22T09-00-00-000Z-manual.sqlite/../../x',
  'physioplan-2026-11-22T09-00-00-000Z-manual.sqlite',
  '\0',
  'a\0b',
  '\u202eevil\u202c',
  '\ud800',
  '<script>alert(1)</script>',
  '{{constructor.constructor("return process")()}}',
  '__proto__',
  'constructor',
  ' ',
  '',
];

const hugeString = fc.integer({ min: 10_000, max: 200_000 }).map((n) => 'x'.repeat(n));

function nested(depth: number): unknown {
  let value: unknown = { leaf: true };
  for (let i = 0; i < depth; i += 1) value = i % 2 === 0 ? { a: value } : [value];
  return value;
}

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...hostileStrings),
  fc.constantFrom(NaN, Infinity, -Infinity, -0, Number.MAX_SAFE_INTEGER + 2, 2 ** 31, -1, 1e308),
  fc.constantFrom(null, undefined, true, false, [], {}, [[[]]]),
  hugeString,
  fc.integer({ min: 10, max: 5000 }).map(nested),
  fc.constant(
    JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"x": 1}}}'),
  ),
  fc.constant(Array.from({ length: 20_000 }, (_, i) => i)),
  fc.anything({
    maxDepth: 4,
    withBigInt: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withNullPrototype: true,
  }),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.double(),
  fc.integer(),
);

/** An object with the method's own field names and hostile values: gets past the first checks. */
function shapedInput(method: string): fc.Arbitrary<unknown> {
  const spec = isMethodName(method) ? api[method] : undefined;
  const schema: unknown = spec?.input;
  const keys =
    schema &&
    typeof schema === 'object' &&
    'shape' in schema &&
    schema.shape &&
    typeof schema.shape === 'object'
      ? Object.keys(schema.shape)
      : [];
  if (keys.length === 0)
    return fc.dictionary(fc.string({ maxLength: 8 }), hostileValue, { maxKeys: 4 });
  return fc.record(Object.fromEntries(keys.map((k) => [k, hostileValue])), { requiredKeys: [] });
}

const clinic = fc.record({
  clinicName: fc.string({ maxLength: 120 }),
  clinicianName: fc.constantFrom('', 'Ana', "O'Brien"),
  credentials: fc.constant(''),
  address: fc.constantFrom('', "1 Main St'; --"),
  phone: fc.constantFrom('', '+44 117 496 0123'),
  email: fc.constantFrom('', 'a@b.example'),
  website: fc.constantFrom('', 'https://clinic.example'),
  paperSize: fc.constantFrom('A4', 'Letter'),
  handoutLanguage: fc.constantFrom('en', 'de', 'el'),
});

const call: fc.Arbitrary<{ method: unknown; input: unknown }> = fc.oneof(
  // Real methods with shaped hostile input.
  {
    weight: 5,
    arbitrary: methodName.chain((m) => shapedInput(m).map((input) => ({ method: m, input }))),
  },
  // Real methods with any input at all.
  { weight: 2, arbitrary: fc.record({ method: methodName, input: hostileValue }) },
  // Unknown or malformed method names.
  {
    weight: 2,
    arbitrary: fc.record({
      method: fc.oneof(
        fc.string({ maxLength: 40 }),
        fc.constantFrom(
          '__proto__',
          'constructor',
          'toString',
          'hasOwnProperty',
          'settings.get\0',
          'SETTINGS.GET',
          'settings.get ',
        ),
        hostileValue,
      ),
      input: hostileValue,
    }),
  },
  // Valid calls, so the database really changes while the fuzzing goes on.
  {
    weight: 1,
    arbitrary: fc.oneof(
      clinic.map((input) => ({ method: 'settings.update', input })),
      fc.constant({ method: 'audit.list', input: { limit: 5 } }),
      fc.constant({ method: 'audit.verify', input: {} }),
      fc.constant({ method: 'backups.list', input: {} }),
    ),
  },
);

/**
 * Keeps the fuzzing inside the test's own folders: a random path that happens to name a real,
 * writable folder (say "/") would otherwise become the backup folder of this test.
 */
function confine(method: unknown, input: unknown, sandbox: string): unknown {
  if (
    (method !== 'backups.setFolder' && method !== 'backups.exportRecord') ||
    !input ||
    typeof input !== 'object'
  ) {
    return input;
  }
  const record = input as Record<string, unknown>;
  const key = method === 'backups.setFolder' ? 'path' : 'folder';
  const value = record[key];
  if (typeof value !== 'string' || value.includes('\0')) return input;
  try {
    const resolved = path.resolve(value.trim());
    if (fs.statSync(resolved).isDirectory() && !resolved.startsWith(sandbox)) {
      return { ...record, [key]: path.join(sandbox, 'not-a-real-folder') };
    }
  } catch {
    // Does not exist: fine to pass through.
  }
  return input;
}

function label(method: unknown): string {
  return typeof method === 'string' ? method.slice(0, 60) : typeof method;
}

/** A failing call, short enough to read (some inputs are megabytes). */
function summarize(value: unknown): string {
  try {
    const text = JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v));
    return text.length > 400 ? `${text.slice(0, 400)}… (${text.length} characters)` : text;
  } catch {
    return Object.prototype.toString.call(value);
  }
}

describe('dispatcher fuzz', () => {
  it(
    `answers ${RUNS} hostile calls with typed errors or valid results`,
    { timeout: 240_000 },
    async () => {
      const core = openTestCore();
      const sandbox = fs.realpathSync(os.tmpdir());
      const seen = { calls: 0, ok: 0, errors: {} as Record<string, number> };
      const seed = Number(process.env['FUZZ_SEED'] ?? Date.now() % 1_000_000);
      try {
        const outcome = await fc.check(
          fc.asyncProperty(call, async ({ method, input }) => {
            seen.calls += 1;
            let result;
            try {
              result = await core.dispatch(method, confine(method, input, sandbox));
            } catch (error) {
              throw new Error(
                `dispatch threw for ${label(method)}: ${error instanceof Error ? error.message : 'non-error'}`,
              );
            }
            expect(typeof result).toBe('object');
            // Both hosts send the answer as JSON or a structured clone; it must survive that.
            expect(() => JSON.stringify(result)).not.toThrow();
            if (result.ok) {
              seen.ok += 1;
              return;
            }
            expect(errorCodes).toContain(result.error.code);
            expect(result.error.code, `${label(method)}: ${result.error.message}`).not.toBe(
              'INTERNAL',
            );
            expect(result.error.message.length).toBeGreaterThan(0);
            expect(result.error.message.length).toBeLessThan(2_000);
            seen.errors[result.error.code] = (seen.errors[result.error.code] ?? 0) + 1;
          }),
          { numRuns: RUNS, seed, endOnFailure: true },
        );
        if (outcome.failed) {
          const reason =
            outcome.errorInstance instanceof Error ? outcome.errorInstance.message : 'failed';
          throw new Error(
            `fuzz seed ${seed} failed after ${outcome.numRuns} calls: ${reason.slice(0, 600)}\ncall: ${summarize(outcome.counterexample)}`,
          );
        }
        expect(outcome.numRuns).toBe(RUNS);
        expect(core.ctx.db.pragma('integrity_check', { simple: true })).toBe('ok');
        expect(core.ctx.db.pragma('foreign_key_check')).toEqual([]);
        expect(verifyAuditLog(core.ctx.db).ok).toBe(true);
        expect(fs.readdirSync(core.dataDir)).toContain('physioplan.sqlite');
        console.log(
          `fuzz (seed ${seed}): ${outcome.numRuns} runs, ${seen.calls} calls, ${seen.ok} valid results, errors ${JSON.stringify(seen.errors)}`,
        );
      } finally {
        core.close();
      }
    },
  );
});
