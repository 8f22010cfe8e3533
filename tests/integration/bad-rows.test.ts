// One damaged row (written by an old version, a crafted import, or disk trouble) must not take
// a whole screen with it: every list the app shows leaves it out, logs it and counts it in its
// answer, and opening that record gives a clear message instead of an internal error.
import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Logger } from '../../electron/core/context';
import { openTestCore, type TestCore } from '../support/core';
import { draft } from '../support/library';
import { patientDraft } from '../support/records';

type Core = TestCore;

function openLoggedCore(): { core: Core; logged: string[] } {
  const logged: string[] = [];
  const log: Logger = { info: () => undefined, error: (m) => logged.push(m) };
  const core = openTestCore(undefined, { log });
  return { core, logged };
}

async function call<T>(core: Core, method: string, input: unknown): Promise<T> {
  const result = await core.dispatch(method as never, input as never);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value as T;
}

/** Runs raw SQL with the audit log's append-only triggers lifted, then puts them back. */
function behindTheAppsBack(db: Database.Database, sql: string, ...params: unknown[]): void {
  const triggers = db
    .prepare(
      "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name LIKE 'audit%'",
    )
    .all() as { name: string; sql: string }[];
  for (const t of triggers) db.exec(`DROP TRIGGER ${t.name}`);
  db.prepare(sql).run(...params);
  for (const t of triggers) db.exec(t.sql);
}

describe('reading around a bad row', () => {
  it('lists the other patients, counts the damaged one and explains it when opened', async () => {
    const { core, logged } = openLoggedCore();
    await call(core, 'patients.create', { patient: patientDraft({ lastName: 'Good' }) });
    const bad = await call<{ id: string }>(core, 'patients.create', {
      patient: patientDraft({ lastName: 'Damaged' }),
    });
    core.ctx.db
      .prepare(
        `UPDATE patients SET notes = printf('%.*c', 300000, 'x'), conditions = '{"0":1}' WHERE id = ?`,
      )
      .run(bad.id);

    const list = await core.dispatch('patients.search', { query: '' });
    expect(list).toMatchObject({
      ok: true,
      value: { patients: [{ lastName: 'Good' }], unreadable: 1 },
    });
    expect(logged).toContain(
      '1 patient record could not be read and was left out of the patient list',
    );

    const opened = await core.dispatch('patients.get', { id: bad.id });
    expect(opened).toMatchObject({ ok: false, error: { code: 'IO' } });
    expect(opened.ok ? '' : opened.error.message).toContain('record is damaged');
    core.close();
  });

  it('lists the other plans of a patient and counts the damaged ones', async () => {
    const { core, logged } = openLoggedCore();
    const patient = await call<{ id: string }>(core, 'patients.create', {
      patient: patientDraft(),
    });
    const titles = ['Heel pain, left', 'Achilles, right', 'Return to running'];
    const plans: { id: string }[] = [];
    for (const title of titles)
      plans.push(await call(core, 'plans.create', { patientId: patient.id, title }));
    const damage = core.ctx.db.prepare(`UPDATE plans SET updated_at = 'last Tuesday' WHERE id = ?`);
    damage.run(plans[0]?.id);
    damage.run(plans[2]?.id);

    const list = await call<{ plans: { title: string }[]; unreadable: number }>(
      core,
      'plans.listForPatient',
      { patientId: patient.id },
    );
    expect(list.plans.map((p) => p.title)).toEqual(['Achilles, right']);
    expect(list.unreadable).toBe(2);
    expect(logged).toContain(
      '2 plan records could not be read and were left out of the plans of a patient',
    );
    core.close();
  });

  it('lists the other visits of a patient, with their progress, and counts the damaged one', async () => {
    const { core, logged } = openLoggedCore();
    const patient = await call<{ id: string }>(core, 'patients.create', {
      patient: patientDraft(),
    });
    const visit = (date: string) =>
      call<{ id: string }>(core, 'visits.create', {
        patientId: patient.id,
        date,
        time: '09:30',
        planVersionId: null,
        soap: { subjective: `Seen ${date}`, objective: '', assessment: '', plan: '' },
        treatments: [],
        outcomes: [{ form: { measure: 'nprs', answers: [5] }, note: '' }],
        adherence: [],
      });
    await visit('2026-11-10');
    const bad = await visit('2026-11-17');
    core.ctx.db.prepare(`UPDATE visits SET visit_date = '2026-17-11' WHERE id = ?`).run(bad.id);

    const overview = await call<{ visits: { headline: string }[]; unreadable: number }>(
      core,
      'visits.overview',
      { patientId: patient.id },
    );
    expect(overview.visits.map((v) => v.headline)).toEqual(['Seen 2026-11-10']);
    expect(overview.unreadable).toBe(1);
    expect(logged).toContain(
      '1 visit record could not be read and was left out of the visits of a patient',
    );
    core.close();
  });

  it('pages through the audit log past a damaged entry, counting it', async () => {
    const { core, logged } = openLoggedCore();
    for (const lastName of ['One', 'Two', 'Three', 'Four'])
      await call(core, 'patients.create', { patient: patientDraft({ lastName }) });
    const newest = core.ctx.db.prepare('SELECT max(seq) FROM audit_log').pluck().get() as number;
    behindTheAppsBack(core.ctx.db, `UPDATE audit_log SET fields = '[' WHERE seq = ?`, newest - 1);

    type Page = { entries: { seq: number }[]; nextBeforeSeq: number | null; unreadable: number };
    const first = await call<Page>(core, 'audit.list', { limit: 2 });
    expect(first.entries.map((e) => e.seq)).toEqual([newest]);
    expect(first.unreadable).toBe(1);
    expect(first.nextBeforeSeq).toBe(newest - 1);
    const next = await call<Page>(core, 'audit.list', { limit: 2, beforeSeq: first.nextBeforeSeq });
    expect(next.entries.map((e) => e.seq)).toEqual([newest - 2, newest - 3]);
    expect(next.unreadable).toBe(0);
    expect(logged).toContain('1 audit entry could not be read and was left out of the audit log');
    core.close();
  });

  it('searches the library around a damaged item, before and after it is repaired', async () => {
    const { core, logged } = openLoggedCore();
    const create = (title: string) =>
      call<{ id: string }>(core, 'library.create', { draft: draft(title) });
    await create('Quokka drill, straight knee');
    const bad = await create('Quokka drill, bent knee');
    type Found = { items: { title: string }[]; unreadable: number };
    const calf = () => call<Found>(core, 'library.search', { query: 'quokka drill' });
    expect((await calf()).items).toHaveLength(2);
    const body = core.ctx.db.prepare('SELECT body FROM library_items WHERE id = ?').pluck();
    const original = body.get(bad.id) as string;
    const setBody = core.ctx.db.prepare('UPDATE library_items SET body = ? WHERE id = ?');
    setBody.run('{"summary": 3, "bodyRegions": "Calf"}', bad.id);

    const found = await calf();
    expect(found.items.map((i) => i.title)).toEqual(['Quokka drill, straight knee']);
    expect(found.unreadable).toBe(1);
    expect(logged).toContain(
      '1 record could not be read in the library and is left out of every search',
    );
    setBody.run(original, bad.id);
    expect(await calf()).toMatchObject({ unreadable: 0, items: [{}, {}] });
    core.close();
  });
});
