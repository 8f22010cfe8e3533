// Which backups to keep: the newest of each of the last 7 days that have one, then the newest
// of each of the 4 weeks before those, then any others from the last 24 hours (several manual
// or safety backups on one day), never more than 12 in all.
export const RETENTION = { daily: 7, weekly: 4, max: 12 } as const;

const DAY_MS = 24 * 60 * 60 * 1000;

export interface Dated {
  fileName: string;
  createdAt: string;
}

function dayKey(iso: string): number {
  return Math.floor(Date.parse(iso) / DAY_MS);
}

/** Weeks start on Monday (1970-01-01 was a Thursday, hence the offset of 3 days). */
function weekKey(iso: string): number {
  return Math.floor((dayKey(iso) + 3) / 7);
}

function newestPerBucket<T extends Dated>(
  sorted: readonly T[],
  key: (iso: string) => number,
  count: number,
): T[] {
  const picked: T[] = [];
  const seen = new Set<number>();
  for (const backup of sorted) {
    const bucket = key(backup.createdAt);
    if (seen.has(bucket)) continue;
    seen.add(bucket);
    picked.push(backup);
    if (picked.length === count) break;
  }
  return picked;
}

/** Returns the backups to delete. `protect` names files that must stay whatever the rule says. */
export function backupsToPrune<T extends Dated>(
  backups: readonly T[],
  now: Date,
  protect: ReadonlySet<string> = new Set(),
): T[] {
  const sorted = [...backups].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const keep = new Set<string>(protect);
  const daily = newestPerBucket(sorted, dayKey, RETENTION.daily);
  for (const b of daily) keep.add(b.fileName);
  const oldestDaily = daily.at(-1);
  if (oldestDaily && daily.length === RETENTION.daily) {
    const older = sorted.filter((b) => dayKey(b.createdAt) < dayKey(oldestDaily.createdAt));
    for (const b of newestPerBucket(older, weekKey, RETENTION.weekly)) keep.add(b.fileName);
  }
  const recentSince = now.getTime() - DAY_MS;
  for (const b of sorted) {
    if (keep.size >= RETENTION.max) break;
    if (Date.parse(b.createdAt) >= recentSince) keep.add(b.fileName);
  }
  return sorted.filter((b) => !keep.has(b.fileName));
}
