import type Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { databasePath } from '../../electron/core/app-core';
import { recordAudit, verifyAuditLog } from '../../electron/core/audit/audit-log';
import { fixedClock, openTestCore, type TestCore } from '../support/core';
import { openTestFile } from '../support/core';

let core: TestCore | undefined;
afterEach(() => core?.close());

/** Fills the log up to entry `count` (entry 1 is the first admin's account, made at setup). */
function seed(db: Database.Database, count: number): void {
  const clock = fixedClock('2026-12-01T10:00:00.000Z');
  const last = db.prepare('SELECT max(seq) FROM audit_log').pluck().get() as number;
  db.transaction(() => {
    for (let i = last + 1; i <= count; i += 1) {
      recordAudit(db, clock, {
        entity: i % 2 === 0 ? 'plan' : 'patient',
        entityId: `e-${i}`,
        patientId: i % 3 === 0 ? 'patient-b' : 'patient-a',
        action: 'update',
        fields: ['notes', 'diagnosis'],
      });
    }
  })();
}

/** Opens the file the way someone tampering with it would: no triggers in the way. */
function tamper(dataDir: string, sql: string): void {
  const db = openTestFile(databasePath(dataDir), { readonly: false });
  db.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;');
  db.exec(sql);
  db.close();
}

describe('audit log', () => {
  it('is append-only: updates and deletes are refused by the database itself', () => {
    core = openTestCore();
    seed(core.ctx.db, 3);
    expect(() => core?.ctx.db.exec("UPDATE audit_log SET action = 'create'")).toThrow(
      /append-only/,
    );
    expect(() => core?.ctx.db.exec('DELETE FROM audit_log WHERE seq = 3')).toThrow(/append-only/);
    expect(() => core?.ctx.db.exec('UPDATE audit_head SET seq = 1, entries = 1')).toThrow(
      /forward/,
    );
    expect(verifyAuditLog(core.ctx.db)).toMatchObject({ ok: true, rows: 3 });
  });

  it('detects an altered row, a deleted middle row, and removed newest rows', async () => {
    const cases: [string, RegExp][] = [
      ['UPDATE audit_log SET fields = \'["notes"]\' WHERE seq = 4', /altered at entry 4/],
      ['DELETE FROM audit_log WHERE seq = 5', /altered at entry 6/],
      ['DELETE FROM audit_log WHERE seq >= 9', /newest 2 audit entries were removed/],
      ['DELETE FROM audit_log WHERE seq = 10', /newest 1 audit entry was removed/],
    ];
    for (const [sql, message] of cases) {
      core = openTestCore();
      seed(core.ctx.db, 10);
      const dir = core.dataDir;
      core.close();
      tamper(dir, sql);
      core = openTestCore(dir, { dailyBackup: false });
      const result = await core.call('audit.verify', {});
      expect(result.ok, sql).toBe(false);
      expect(result.message).toMatch(message);
      core.close();
    }
    core = undefined;
  });

  it('lists entries newest first, per patient, in pages', async () => {
    core = openTestCore();
    seed(core.ctx.db, 10);
    const all = await core.call('audit.list', { limit: 4 });
    expect(all.entries.map((e) => e.seq)).toEqual([10, 9, 8, 7]);
    expect(all.nextBeforeSeq).toBe(7);
    const next = await core.call('audit.list', { limit: 4, beforeSeq: 7 });
    expect(next.entries.map((e) => e.seq)).toEqual([6, 5, 4, 3]);
    const b = await core.call('audit.list', { patientId: 'patient-b' });
    expect(b.entries.map((e) => e.seq)).toEqual([9, 6, 3]);
    expect(b.entries[0]).toMatchObject({
      entity: 'patient',
      action: 'update',
      fields: ['diagnosis', 'notes'],
    });
    expect(b.nextBeforeSeq).toBeNull();
  });

  it('exports CSV oldest first with hashes, and keeps spreadsheet formulas inert', async () => {
    core = openTestCore();
    seed(core.ctx.db, 3);
    recordAudit(core.ctx.db, fixedClock(), {
      entity: 'patient',
      entityId: '=HYPERLINK("x")',
      patientId: 'patient-a',
      action: 'create',
    });
    const { csv, rows, fileName } = await core.call('audit.exportCsv', { patientId: 'patient-a' });
    expect(fileName).toBe('physioplan-audit-patient-patient-a-2026-11-22.csv');
    expect(rows).toBe(2);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('seq,time_utc,entity,entity_id,patient_id,action,fields,clinician,hash');
    expect(lines[1]).toMatch(
      /^2,2026-12-01T10:00:00.000Z,plan,e-2,patient-a,update,diagnosis notes,Alex Admin,[0-9a-f]{64}$/,
    );
    expect(lines[2]).toContain(`"'=HYPERLINK(""x"")"`);
  });
});
