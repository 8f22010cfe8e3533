// What the first screen waits for, asked for before the rest of the screens' code runs: the
// messages of the screens' language and the core's answer to "who is here" (access.status).
// main.tsx imports this module first, so both are on their way while the browser is still
// running the code of React and Mantine.
import { QueryClient } from '@tanstack/react-query';
import { apiQueryKey, invoke } from './api';
import { startLanguage } from './i18n';

export const queryClient = new QueryClient({
  defaultOptions: {
    // Local data: no refetch on focus, and a failed call is not worth retrying blindly.
    queries: { refetchOnWindowFocus: false, retry: false, staleTime: 30_000 },
  },
});

/** Settles when the screens' language has its messages (main.tsx renders then). */
export const languageReady: Promise<void> = startLanguage();

// The access gate asks the same (same key), and is given this answer when it mounts.
void queryClient.prefetchQuery({
  queryKey: apiQueryKey('access.status', {}),
  queryFn: () => invoke('access.status', {}),
});
