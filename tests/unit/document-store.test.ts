// The core keeps rendered documents for a while, so saving the preview needs no second render.
import { describe, expect, it } from 'vitest';
import { DocumentStore, type RenderedDocument } from '../../electron/core/pdf/document-store';

function doc(name: string): RenderedDocument {
  return {
    fileName: `${name}.pdf`,
    data: Buffer.from(`%PDF ${name}`),
    pageCount: 1,
    audit: { entity: 'plan_version', entityId: name, action: 'print', fields: ['plan-summary'] },
  };
}

function store(options: { keepMs?: number; maxDocuments?: number } = {}) {
  let now = Date.parse('2026-11-22T09:00:00Z');
  const s = new DocumentStore({ clock: () => new Date(now), ...options });
  return { s, wait: (ms: number) => (now += ms) };
}

describe('document store', () => {
  it('gives back the very document it was given', () => {
    const { s } = store();
    const kept = doc('a');
    s.put('a', kept);
    expect(s.take('a')).toBe(kept);
  });

  it('lets a document go once it has not been asked for in the time it keeps them', () => {
    const { s, wait } = store({ keepMs: 1000 });
    s.put('a', doc('a'));
    wait(900);
    s.take('a'); // asking keeps it longer
    wait(900);
    expect(s.take('a').fileName).toBe('a.pdf');
    wait(1001);
    expect(() => s.take('a')).toThrow(/no longer ready to save or print/);
    expect(s.size).toBe(0);
  });

  it('keeps at most so many documents, letting the least recently used go first', () => {
    const { s } = store({ maxDocuments: 2 });
    s.put('a', doc('a'));
    s.put('b', doc('b'));
    s.take('a');
    s.put('c', doc('c'));
    expect(s.take('a').fileName).toBe('a.pdf');
    expect(s.take('c').fileName).toBe('c.pdf');
    expect(() => s.take('b')).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });
});
