// Which write the kill test's writer makes at step n; the parent uses it to know which write
// may have committed after the last one reported.
export type StepKind = 'backup' | 'patient' | 'settings' | 'plan' | 'edit';

export function stepKind(n: number): StepKind {
  if (n % 40 === 0) return 'backup';
  switch (n % 4) {
    case 1:
      return 'patient';
    case 2:
      return 'settings';
    case 3:
      return 'plan';
    default:
      return 'edit';
  }
}
