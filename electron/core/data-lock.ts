// A note in the data folder saying which process has the clinic database open, so the admin
// command line does not restore or import under a running app. Advisory: a lock left by a
// process that no longer exists (a crash) is ignored.
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const LOCK_FILE = 'physioplan.lock';
const lockSchema = z.object({ pid: z.int().positive(), host: z.string(), startedAt: z.string() });
export type DataLock = z.infer<typeof lockSchema>;

function lockPath(dataDir: string): string {
  return path.join(dataDir, LOCK_FILE);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return error instanceof Error && 'code' in error && error.code === 'EPERM';
  }
}

export function writeDataLock(dataDir: string, host: string, at: Date): void {
  try {
    fs.writeFileSync(
      lockPath(dataDir),
      JSON.stringify({ pid: process.pid, host, startedAt: at.toISOString() }),
    );
  } catch {
    // Advisory only: a read-only folder still opens.
  }
}

export function releaseDataLock(dataDir: string): void {
  const lock = readLock(dataDir);
  if (lock?.pid === process.pid) fs.rmSync(lockPath(dataDir), { force: true });
}

function readLock(dataDir: string): DataLock | null {
  try {
    const parsed = lockSchema.safeParse(JSON.parse(fs.readFileSync(lockPath(dataDir), 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The lock of another live process, if one holds the folder. */
export function liveDataLock(dataDir: string): DataLock | null {
  const lock = readLock(dataDir);
  if (!lock || lock.pid === process.pid || !isAlive(lock.pid)) return null;
  return lock;
}
