// Asks the core first whether the clinic record opened; if not, the recovery screen replaces
// the whole app until a backup is restored.
import { Center, Loader } from '@mantine/core';
import type { ReactNode } from 'react';
import { useApiQuery } from '../../app/api';
import { RecoveryScreen } from './RecoveryScreen';

export function RecoveryGate({ children }: { children: ReactNode }) {
  const status = useApiQuery('recovery.status', {}, { staleTime: 0 });
  if (status.isPending) {
    return (
      <Center h="100vh">
        <Loader aria-label="Opening the clinic record" />
      </Center>
    );
  }
  if (status.data?.mode === 'recovery') return <RecoveryScreen status={status.data} />;
  // On a transport error the app itself shows what is wrong, section by section.
  return children;
}
