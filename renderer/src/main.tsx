// First: starts fetching what the first screen waits for (see boot.ts).
import { languageReady, queryClient } from './app/boot';
import '@mantine/core/styles.css';
import { MantineProvider } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode, Suspense, useEffect, useMemo } from 'react';
import { createRoot } from 'react-dom/client';
import { LanguageProvider, useT } from './app/i18n';
import { lazyScreen, preloadWhenIdle } from './app/lazy-screen';
import { cssVariablesResolver, themeWith } from './app/theme';
import { AccessGate, accessScreens } from './features/access/AccessGate';

// Opening Physioplan needs only the lock screens (AccessGate); the app behind them is a chunk of
// its own, fetched while the clinician types the passphrase. Until it arrives, index.html's
// skeleton of the app's layout stays.
const clinicApp = lazyScreen(() => import('./app/ClinicApp'), 'ClinicApp');

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

/** Mantine with its close buttons named in the screens' language. */
function Root() {
  const t = useT();
  const theme = useMemo(
    () => themeWith({ dialog: t('app:closeDialog'), notification: t('app:closeNotification') }),
    [t],
  );
  // Once the first screen is up, the rest of the code comes while the clinician reads or types.
  useEffect(() => preloadWhenIdle([clinicApp, ...accessScreens], 300), []);
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
      <QueryClientProvider client={queryClient}>
        <AccessGate>
          <Suspense fallback={null}>
            <clinicApp.Component />
          </Suspense>
        </AccessGate>
      </QueryClientProvider>
    </MantineProvider>
  );
}

// The screens' words come first (one language's messages); index.html's skeleton shows meanwhile.
languageReady.then(
  () =>
    createRoot(root).render(
      <StrictMode>
        <LanguageProvider>
          <Root />
        </LanguageProvider>
      </StrictMode>,
    ),
  (error: unknown) => {
    // Only a damaged installation lacks the message files; no words of the app can be shown.
    console.error('The messages of the screens could not be loaded', error);
    root.textContent = `Physioplan could not load the words of its screens (${String(error)}). Reinstall Physioplan; the clinic record is not affected.`;
  },
);
