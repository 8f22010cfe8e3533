// Nothing of the clinic record is shown until the record is open and a clinician signed in.
// When the idle lock comes down (or a call is refused as LOCKED) the app is unmounted, not
// hidden: no patient name stays in the page, its title or a print preview. Unsaved form
// text is lost with it; that is the price of the lock showing nothing.
import { useIdle } from '@mantine/hooks';
import { useQueryClient } from '@tanstack/react-query';
import {
  Suspense,
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  type ComponentProps,
  type ReactNode,
} from 'react';
import { invoke, useApiQuery } from '../../app/api';
import { lazyScreen } from '../../app/lazy-screen';
import { setUiLanguage, useLanguagePending, useT } from '../../app/i18n';
import type { SetupScreen, SignInScreen } from './AccessScreens';
import { PassphraseScreen } from './PassphraseScreen';

// The first start and sign-in screens come after the passphrase (their pickers are the bulk of
// the lock screens' code): fetched once the first screen is up (main.tsx), or when first shown.
const setupScreen = lazyScreen<'SetupScreen', ComponentProps<typeof SetupScreen>>(
  () => import('./AccessScreens'),
  'SetupScreen',
);
const signInScreen = lazyScreen<'SignInScreen', ComponentProps<typeof SignInScreen>>(
  () => import('./AccessScreens'),
  'SignInScreen',
);
export const accessScreens = [setupScreen, signInScreen];

export const LOCKED_EVENT = 'physioplan:locked';

function IdleLock({ seconds, onLock }: { seconds: number; onLock: () => void }) {
  const idle = useIdle(seconds * 1000, { initialState: false });
  const lastBeat = useRef(0);
  useEffect(() => {
    if (idle) {
      void invoke('access.lock', {}).finally(onLock);
      return;
    }
    // Tell the core the clinician is still here, at most twice per idle period.
    const now = Date.now();
    if (now - lastBeat.current > (seconds * 1000) / 2) {
      lastBeat.current = now;
      void invoke('access.heartbeat', {}).catch(() => undefined);
    }
  }, [idle, seconds, onLock]);
  return null;
}

export function AccessGate({ children }: { children: ReactNode }) {
  const t = useT();
  const queryClient = useQueryClient();
  const status = useApiQuery('access.status', {}, { staleTime: 0 });
  const { refetch } = status;
  const refresh = useCallback(() => {
    // Everything cached belongs to the session that just ended or began.
    queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== 'access.status' });
    void refetch();
  }, [queryClient, refetch]);
  useEffect(() => {
    window.addEventListener(LOCKED_EVENT, refresh);
    return () => window.removeEventListener(LOCKED_EVENT, refresh);
  }, [refresh]);
  const stage = status.data?.stage;
  const uiLanguage = status.data?.uiLanguage ?? null;
  // Before paint, so a sign-in never shows a frame in the previous clinician's language.
  useLayoutEffect(() => {
    if (uiLanguage) void setUiLanguage(uiLanguage);
  }, [uiLanguage]);
  // A language not shown before is fetched first; meanwhile nothing, rather than a frame in
  // the language being left.
  const languagePending = useLanguagePending();
  useEffect(() => {
    if (stage !== 'signed-in' && stage !== 'recovery') document.title = t('access:lockedTitle');
    else document.title = 'Physioplan';
  }, [stage, t]);
  // Until a screen is mounted (the core has answered; a lazy screen's code has come),
  // index.html's boot skeleton is what the clinician sees: each screen removes it (Frame, the
  // app, recovery).
  if (status.isPending || languagePending) return null;
  if (!status.data) return children;
  switch (status.data.stage) {
    case 'setup':
      return (
        <Suspense fallback={null}>
          <setupScreen.Component status={status.data} onDone={refresh} />
        </Suspense>
      );
    case 'passphrase':
      return <PassphraseScreen onDone={refresh} />;
    case 'sign-in':
      return (
        <Suspense fallback={null}>
          <signInScreen.Component status={status.data} onDone={refresh} />
        </Suspense>
      );
    case 'recovery':
      return children;
    case 'signed-in':
      return (
        <>
          <IdleLock seconds={status.data.idleLockSeconds} onLock={refresh} />
          {children}
        </>
      );
    default: {
      const unreachable: never = status.data.stage;
      return unreachable;
    }
  }
}
