// Slowing down guessing: the first few wrong answers cost nothing extra, then each one more
// doubles the wait (30 s, 1 min, 2 min … at most 15 min). Kept per clinician in the database
// (a restart does not reset it) and in memory for the clinic passphrase.
const FREE_ATTEMPTS = 5;
const FIRST_WAIT_MS = 30_000;
const LONGEST_WAIT_MS = 15 * 60_000;

/** How long to refuse attempts after this many wrong ones in a row. */
export function waitAfterFailures(failures: number): number {
  if (failures < FREE_ATTEMPTS) return 0;
  return Math.min(FIRST_WAIT_MS * 2 ** (failures - FREE_ATTEMPTS), LONGEST_WAIT_MS);
}

export function waitText(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  if (seconds < 60) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? '' : 's'}`;
}

export function tooManyAttempts(ms: number): string {
  return `Too many wrong attempts in a row. Wait ${waitText(ms)}, then try again.`;
}
