// One library import at a time: its progress can be polled and it can be cancelled. Imports
// check everything and prepare photos first, and write only at the end in one transaction, so
// a cancelled or failed import leaves the library as it was.
import type Database from 'better-sqlite3';
import type { ImportProgress, ImportReport } from '../../../shared/domain/library-pack';
import { AppError } from '../errors';

export interface ImportControl {
  /** Reports where the import is; cheap enough to call per item. */
  progress(phase: ImportProgress['phase'], done: number, total: number): void;
  readonly signal: AbortSignal;
}

interface Job {
  progress: ImportProgress;
  controller: AbortController;
}

const jobs = new WeakMap<Database.Database, Job>();
const lastProgress = new WeakMap<Database.Database, ImportProgress>();

const idle: ImportProgress = { running: false, phase: 'idle', done: 0, total: 0 };

export class ImportCancelled extends Error {
  constructor() {
    super('The import was cancelled.');
    this.name = 'ImportCancelled';
  }
}

export function throwIfCancelled(signal: AbortSignal): void {
  if (signal.aborted) throw new ImportCancelled();
}

export async function runImportJob(
  db: Database.Database,
  work: (control: ImportControl) => Promise<ImportReport>,
  cancelledReport: () => ImportReport,
): Promise<ImportReport> {
  if (jobs.has(db)) {
    throw new AppError(
      'CONFLICT',
      'Another library import is running. Wait for it to finish or cancel it first.',
    );
  }
  const job: Job = {
    progress: { running: true, phase: 'reading', done: 0, total: 0 },
    controller: new AbortController(),
  };
  jobs.set(db, job);
  const control: ImportControl = {
    progress: (phase, done, total) => {
      job.progress = { running: true, phase, done, total };
    },
    signal: job.controller.signal,
  };
  try {
    const report = await work(control);
    lastProgress.set(db, {
      running: false,
      phase: 'done',
      done: job.progress.total,
      total: job.progress.total,
    });
    return report;
  } catch (error) {
    if (error instanceof ImportCancelled) {
      lastProgress.set(db, { ...job.progress, running: false, phase: 'cancelled' });
      return cancelledReport();
    }
    lastProgress.set(db, idle);
    throw error;
  } finally {
    jobs.delete(db);
  }
}

export function importProgress(db: Database.Database): ImportProgress {
  return jobs.get(db)?.progress ?? lastProgress.get(db) ?? idle;
}

export function cancelImport(db: Database.Database): boolean {
  const job = jobs.get(db);
  if (!job) return false;
  job.controller.abort();
  return true;
}
