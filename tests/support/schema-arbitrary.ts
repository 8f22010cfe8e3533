// fast-check values from the API contract's zod schemas (via their JSON Schema): valid inputs
// for every method, so a fuzz run reaches real writes and not only validation errors.
import fc from 'fast-check';

type Json = Record<string, unknown>;
const FORMATS: Record<string, fc.Arbitrary<string>> = {
  date: fc
    .date({ min: new Date('1930-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  'date-time': fc
    .date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString()),
  email: fc.constantFrom('ana@example.org', 'j.weiss@praxis.example'),
  uuid: fc.uuid(),
};
const WORDS = ['Heel', 'pain', 'calf raise', 'Núñez', 'Ana', '3 × 15', 'plantar', 'Zoë', "O'Brien"];

function text(schema: Json): fc.Arbitrary<string> {
  const format = typeof schema['format'] === 'string' ? FORMATS[schema['format']] : undefined;
  if (format) return format;
  if (typeof schema['pattern'] === 'string')
    return fc.stringMatching(new RegExp(schema['pattern']));
  const min = Number(schema['minLength'] ?? 0);
  const max = Math.min(Number(schema['maxLength'] ?? 60), Math.max(min, 60));
  return fc
    .array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 6 })
    .map((words) => words.join(' '))
    .map(
      (s) =>
        (s.length < min ? s.padEnd(min, 'x') : s.slice(0, max)).trim() ||
        'x'.repeat(Math.max(min, 1)),
    );
}

/** An arbitrary for a JSON Schema as zod 4's toJSONSchema writes it. */
export function arbitraryFor(schema: Json, defs: Record<string, Json> = {}): fc.Arbitrary<unknown> {
  const ref = schema['$ref'];
  if (typeof ref === 'string') {
    const target = defs[ref.replace('#/$defs/', '')];
    return target ? fc.constant(null).chain(() => arbitraryFor(target, defs)) : fc.constant(null);
  }
  if ('const' in schema) return fc.constant(schema['const']);
  if (Array.isArray(schema['enum'])) return fc.constantFrom(...(schema['enum'] as unknown[]));
  const options = (schema['anyOf'] ?? schema['oneOf']) as Json[] | undefined;
  if (Array.isArray(options)) return fc.oneof(...options.map((o) => arbitraryFor(o, defs)));
  switch (schema['type']) {
    case 'string':
      return text(schema);
    case 'integer':
    case 'number': {
      const min = Number(
        schema['minimum'] ??
          (schema['exclusiveMinimum'] !== undefined ? Number(schema['exclusiveMinimum']) + 1 : 0),
      );
      const max = Number(
        schema['maximum'] ??
          (schema['exclusiveMaximum'] !== undefined
            ? Number(schema['exclusiveMaximum']) - 1
            : min + 100),
      );
      return fc.integer({
        min: Math.ceil(min),
        max: Math.max(Math.ceil(min), Math.floor(Math.min(max, min + 1000))),
      });
    }
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array': {
      const items = (schema['items'] ?? {}) as Json;
      const minLength = Number(schema['minItems'] ?? 0);
      const maxLength = Math.max(
        minLength,
        Math.min(Number(schema['maxItems'] ?? 3), minLength + 3),
      );
      return fc.array(arbitraryFor(items, defs), { minLength, maxLength });
    }
    case 'object': {
      const properties = (schema['properties'] ?? {}) as Record<string, Json>;
      const required = new Set((schema['required'] ?? []) as string[]);
      const record: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [key, value] of Object.entries(properties))
        record[key] = arbitraryFor(value, defs);
      return fc.record(record, {
        requiredKeys: Object.keys(properties).filter((k) => required.has(k)),
      });
    }
    default:
      return fc.constantFrom(null, 'x', 1);
  }
}
