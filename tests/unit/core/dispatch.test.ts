import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { method, mergeContracts } from '../../../shared/contract/define';
import { openTestCore } from '../../support/core';

describe('the contract', () => {
  it('refuses a method declared twice', () => {
    const a = { 'x.get': method(z.object({}), z.string()) };
    const b = { 'x.get': method(z.object({}), z.number()) };
    expect(() => mergeContracts(a, b)).toThrow('API method "x.get" is declared twice');
  });
});

describe('dispatch', () => {
  it('answers an unknown method with a VALIDATION error', async () => {
    const core = openTestCore();
    const result = await core.dispatch('settings.delete', {});
    expect(result).toEqual({
      ok: false,
      error: { code: 'VALIDATION', message: 'Unknown API method "settings.delete".' },
    });
    core.close();
  });

  it('returns the issues of a bad input with their paths', async () => {
    const core = openTestCore();
    const result = await core.dispatch('settings.update', { clinicName: 42 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('VALIDATION');
    expect(result.error.issues?.map((i) => i.path[0])).toContain('clinicName');
    core.close();
  });

  it('never throws for inputs of any shape', async () => {
    const core = openTestCore();
    for (const input of [null, undefined, 'text', 12, [], { __proto__: { x: 1 } }, NaN]) {
      const result = await core.dispatch('settings.update', input);
      expect(result.ok).toBe(false);
    }
    core.close();
  });

  it('turns an unexpected failure into INTERNAL without leaking details', async () => {
    const core = openTestCore();
    // Closed under the core's feet, so the handler throws a TypeError.
    core.ctx.db.close();
    const result = await core.dispatch('settings.get', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    if (!result.ok) expect(result.error.message).not.toMatch(/TypeError|database/i);
    core.close();
  });

  it('answers clearly once the core is closed', async () => {
    const core = openTestCore();
    core.close();
    const result = await core.dispatch('settings.get', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });
});
