// Which write the kill test's writer makes at step n; the parent uses it to know which write
// may have committed after the last one reported.
export type StepKind = 'backup' | 'patient' | 'settings' | 'plan' | 'edit' | 'visit';

const cycle: readonly StepKind[] = ['patient', 'settings', 'plan', 'edit', 'visit'];

export function stepKind(n: number): StepKind {
  if (n % 40 === 0) return 'backup';
  return cycle[n % cycle.length] ?? 'settings';
}
