import { afterEach, describe, expect, it } from 'vitest';
import type { MethodInput } from '../../shared/api';
import { verifyAuditLog } from '../../electron/core/audit/audit-log';
import { openTestCore, type TestCore } from '../support/core';

type Draft = MethodInput<'patients.create'>['patient'];

const ana: Draft = {
  firstName: 'Ana',
  lastName: 'Núñez',
  dateOfBirth: '1988-04-02',
  phone: '+34 600 000 000',
  email: 'ana@example.org',
  address: '',
  conditions: ['Plantar heel pain'],
  diagnosis: 'Left plantar heel pain, 6 weeks, runner',
  preferredLanguage: 'es',
  notes: '',
};
const zoe: Draft = {
  ...ana,
  firstName: 'Zoë',
  lastName: 'Ünal',
  dateOfBirth: '1975-11-30',
  conditions: ['Achilles tendinopathy'],
  diagnosis: 'Mid-portion Achilles tendinopathy, right',
};
const bob: Draft = {
  ...ana,
  firstName: 'Bob',
  lastName: 'Smith',
  dateOfBirth: null,
  conditions: [],
  diagnosis: 'Calcaneal stress fracture, cleared',
};

let core: TestCore | undefined;
afterEach(() => core?.close());

describe('patients', () => {
  it('creates, reads back and keeps a patient across a reopen', async () => {
    core = openTestCore();
    const created = await core.call('patients.create', { patient: ana });
    expect(created).toMatchObject({ ...ana, archived: false });
    const dir = core.dataDir;
    core.close();
    core = openTestCore(dir);
    expect(await core.call('patients.get', { id: created.id })).toEqual(created);
  });

  it('finds patients by name prefix with accents folded, by date of birth and by condition', async () => {
    const c = (core = openTestCore());
    const a = await c.call('patients.create', { patient: ana });
    const z = await c.call('patients.create', { patient: zoe });
    const b = await c.call('patients.create', { patient: bob });
    const ids = async (query: string) =>
      (await c.call('patients.search', { query })).patients.map((p) => p.id);
    expect(await ids('nun')).toEqual([a.id]);
    expect(await ids('NÚÑ')).toEqual([a.id]);
    expect(await ids('zoe un')).toEqual([z.id]);
    expect(await ids('1988-04')).toEqual([a.id]);
    expect(await ids('2/4/1988')).toEqual([a.id]);
    expect(await ids('30.11.1975')).toEqual([z.id]);
    expect(await ids('achil')).toEqual([z.id]);
    expect(await ids('stress fract')).toEqual([b.id]);
    expect(await ids('plantar')).toEqual([a.id]);
    expect(await ids('nobody')).toEqual([]);
    // Empty search lists everyone by last name.
    expect(await ids('')).toEqual([a.id, b.id, z.id]);
    // FTS syntax typed by a user is taken as words, not operators.
    expect(await ids('"nun" OR *')).toEqual([]);
  });

  it('follows an edit in the search index', async () => {
    core = openTestCore();
    const a = await core.call('patients.create', { patient: ana });
    await core.call('patients.update', { id: a.id, patient: { ...ana, lastName: 'García' } });
    expect((await core.call('patients.search', { query: 'nunez' })).patients).toEqual([]);
    expect(
      (await core.call('patients.search', { query: 'garc' })).patients.map((p) => p.id),
    ).toEqual([a.id]);
  });

  it('archives and restores, hiding archived patients from the default list', async () => {
    core = openTestCore();
    const a = await core.call('patients.create', { patient: ana });
    const archived = await core.call('patients.archive', { id: a.id });
    expect(archived.archived).toBe(true);
    expect((await core.call('patients.search', { query: 'ana' })).patients).toEqual([]);
    expect(
      (await core.call('patients.search', { query: 'ana', archived: 'only' })).patients.map(
        (p) => p.id,
      ),
    ).toEqual([a.id]);
    const restored = await core.call('patients.restore', { id: a.id });
    expect(restored.archived).toBe(false);
    expect((await core.call('patients.search', { query: 'ana' })).patients.length).toBe(1);
  });

  it('warns about the same name and date of birth, ignoring case and accents', async () => {
    core = openTestCore();
    const a = await core.call('patients.create', { patient: ana });
    const same = { ...ana, firstName: 'ANA', lastName: 'Nunez', phone: '' };
    expect(
      (await core.call('patients.findDuplicates', { ...same, dateOfBirth: same.dateOfBirth })).map(
        (p) => p.id,
      ),
    ).toEqual([a.id]);
    const error = await core.fail('patients.create', { patient: same });
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toContain('Ana Núñez born 2 Apr 1988 is already on file');
    expect((await core.call('patients.search', { query: '' })).patients.length).toBe(1);
    // The clinician confirms it is a different person.
    await core.call('patients.create', { patient: same, allowDuplicate: true });
    expect((await core.call('patients.search', { query: '' })).patients.length).toBe(2);
    // Another date of birth is another person.
    await core.call('patients.create', { patient: { ...ana, dateOfBirth: '1990-01-01' } });
    // Editing a patient does not match themselves.
    await core.call('patients.update', { id: a.id, patient: { ...ana, notes: 'Runs 30 km/week' } });
  });

  it('refuses invalid and impossible dates of birth, naming the field, and saves nothing', async () => {
    core = openTestCore();
    for (const dateOfBirth of ['2023-02-29', '1988-13-01', '02/04/1988', '']) {
      const error = await core.fail('patients.create', { patient: { ...ana, dateOfBirth } });
      expect(error.code).toBe('VALIDATION');
      expect(error.issues?.[0]?.path).toEqual(['patient', 'dateOfBirth']);
      expect(error.message).toContain('Use a real date (YYYY-MM-DD)');
    }
    const future = await core.fail('patients.create', {
      patient: { ...ana, dateOfBirth: '2030-01-01' },
    });
    expect(future.message).toBe('The date of birth is in the future. Check the year.');
    expect(future.issues?.[0]?.path).toEqual(['dateOfBirth']);
    const nameless = await core.fail('patients.create', { patient: { ...ana, firstName: '  ' } });
    expect(nameless.message).toContain('Enter the first name.');
    expect((await core.call('patients.search', { query: '' })).patients).toEqual([]);
  });

  it('answers NOT_FOUND for an unknown patient', async () => {
    core = openTestCore();
    const error = await core.fail('patients.get', { id: 'nope' });
    expect(error.code).toBe('NOT_FOUND');
  });

  it('audits each change by field name, never the clinical text', async () => {
    core = openTestCore();
    const a = await core.call('patients.create', { patient: ana });
    await core.call('patients.update', { id: a.id, patient: { ...ana, diagnosis: 'Better' } });
    await core.call('patients.archive', { id: a.id });
    const rows = core.ctx.db
      .prepare('SELECT action, fields FROM audit_log WHERE entity = ? ORDER BY seq')
      .all('patient');
    expect(rows).toEqual([
      { action: 'create', fields: '[]' },
      { action: 'update', fields: '["diagnosis"]' },
      { action: 'archive', fields: '[]' },
    ]);
    expect(verifyAuditLog(core.ctx.db).ok).toBe(true);
  });
});
