// Asks the core first whether the clinic record opened; if not, the recovery screen replaces
// the whole app until a backup is restored. Until the answer comes, index.html's skeleton of
// the app's layout stays on screen.
import type { ReactNode } from 'react';
import { useApiQuery } from '../../app/api';
import { useRemoveBootSkeleton } from '../../app/boot-skeleton';
import { RecoveryScreen } from './RecoveryScreen';

export function RecoveryGate({ children }: { children: ReactNode }) {
  const status = useApiQuery('recovery.status', {}, { staleTime: 0 });
  useRemoveBootSkeleton(!status.isPending);
  if (status.isPending) return null;
  if (status.data?.mode === 'recovery') return <RecoveryScreen status={status.data} />;
  // On a transport error the app itself shows what is wrong, section by section.
  return children;
}
