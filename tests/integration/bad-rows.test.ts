// One damaged row (written by an old version, a crafted import, or disk trouble) must not take
// a whole screen with it: the patient list leaves it out and says so in the log, and opening
// that patient gives a clear message instead of an internal error.
import { describe, expect, it } from 'vitest';
import type { Logger } from '../../electron/core/context';
import { openTestCore } from '../support/core';

describe('reading around a bad row', () => {
  it('lists the other patients and explains the damaged one', async () => {
    const logged: string[] = [];
    const log: Logger = { info: () => undefined, error: (m) => logged.push(m) };
    const core = openTestCore(undefined, { log });
    const create = async (lastName: string) => {
      const result = await core.dispatch('patients.create', {
        patient: {
          firstName: 'Ana',
          lastName,
          dateOfBirth: null,
          phone: '',
          email: '',
          address: '',
          conditions: [],
          diagnosis: '',
          preferredLanguage: 'en',
          notes: '',
        },
      });
      if (!result.ok) throw new Error(result.error.message);
      return (result.value as { id: string }).id;
    };
    await create('Good');
    const bad = await create('Damaged');
    core.ctx.db
      .prepare(
        `UPDATE patients SET notes = printf('%.*c', 300000, 'x'), conditions = '{"0":1}' WHERE id = ?`,
      )
      .run(bad);

    const list = await core.dispatch('patients.search', { query: '' });
    expect(list).toMatchObject({ ok: true, value: [{ lastName: 'Good' }] });
    expect(logged).toContain('1 patient record could not be read and was left out of the list');

    const opened = await core.dispatch('patients.get', { id: bad });
    expect(opened).toMatchObject({ ok: false, error: { code: 'IO' } });
    expect(opened.ok ? '' : opened.error.message).toContain('record is damaged');
    core.close();
  });
});
