// Reading a list around damaged rows: a row that does not parse (written by an old version, a
// crafted import, or disk trouble) is left out and counted, never the whole list lost with it.
import type { Logger } from './context';

export class UnreadableRows {
  readonly ids: string[] = [];

  /** `what`: the rows' name in the log, singular and plural ("patient record(s)"). */
  constructor(private readonly what: readonly [one: string, many: string]) {}

  get count(): number {
    return this.ids.length;
  }

  /** For `rows.flatMap(...)`: the parsed row, or nothing (noted) when it does not parse. */
  keep<R, T>(parse: (row: R) => T): (row: R) => T[] {
    return (row) => {
      try {
        return [parse(row)];
      } catch {
        const id = (row as { id?: unknown } | null)?.id;
        this.ids.push(typeof id === 'string' ? id : '(unknown id)');
        return [];
      }
    };
  }

  /** Logs what was left out (ids only, never contents); returns the count for the answer. */
  report(log: Logger, list: string): number {
    const n = this.ids.length;
    if (n > 0) {
      log.error(
        `${n} ${this.what[n === 1 ? 0 : 1]} could not be read and ${n === 1 ? 'was' : 'were'} left out of ${list}`,
        this.ids,
      );
    }
    return n;
  }
}
