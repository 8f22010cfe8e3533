// What every service gets: the database, a clock and an id generator (injected so tests
// are deterministic), the data folder and a logger.
import type Database from 'better-sqlite3';
import { v7 as uuidv7 } from 'uuid';

export type Clock = () => Date;
export type IdGenerator = () => string;

export interface Logger {
  info(message: string, details?: unknown): void;
  error(message: string, details?: unknown): void;
}

export interface CoreContext {
  readonly db: Database.Database;
  readonly clock: Clock;
  readonly newId: IdGenerator;
  readonly dataDir: string;
  readonly log: Logger;
  /** Read-only app resources (built-in library content, fonts); see resources.ts. */
  readonly resourcesDir?: string;
}

export const systemClock: Clock = () => new Date();
export const uuidV7: IdGenerator = () => uuidv7();

export const consoleLogger: Logger = {
  info: (message, details) => {
    console.log(`[physioplan] ${message}`, details ?? '');
  },
  error: (message, details) => {
    console.error(`[physioplan] ${message}`, details ?? '');
  },
};

export const silentLogger: Logger = { info: () => undefined, error: () => undefined };

/** UTC ISO timestamp without offset suffix variations (always ...Z). */
export function nowIso(clock: Clock): string {
  return clock().toISOString();
}
