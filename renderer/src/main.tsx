import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/dropzone/styles.css';
import '@mantine/charts/styles.css';
import '@mantine/dates/styles.css';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode, useMemo } from 'react';
import { createRoot } from 'react-dom/client';
import { createHashRouter, RouterProvider } from 'react-router';
import { App } from './app/App';
import { LanguageProvider, startLanguage, useT } from './app/i18n';
import { cssVariablesResolver, themeWith } from './app/theme';
import { AccessGate } from './features/access/AccessGate';
import { RecoveryGate } from './features/recovery/RecoveryGate';

const queryClient = new QueryClient({
  defaultOptions: {
    // Local data: no refetch on focus, and a failed call is not worth retrying blindly.
    queries: { refetchOnWindowFocus: false, retry: false, staleTime: 30_000 },
  },
});

// A data router so forms can ask before a navigation throws their changes away (useBlocker);
// the app's own <Routes> stay as they are beneath the one catch-all route.
const router = createHashRouter([
  {
    path: '*',
    element: (
      <AccessGate>
        <RecoveryGate>
          <App />
        </RecoveryGate>
      </AccessGate>
    ),
  },
]);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

/** Mantine with its close buttons named in the screens' language. */
function Root() {
  const t = useT();
  const theme = useMemo(
    () => themeWith({ dialog: t('app:closeDialog'), notification: t('app:closeNotification') }),
    [t],
  );
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
      {/* Over the foot of the navigation column (230 px wide, links at the top): a notice
          never covers a screen's buttons, at its top (Edit, Issue) or its foot (Save). */}
      <Notifications position="bottom-left" containerWidth={206} />
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>
  );
}

// The screens' words come first (one language's messages); index.html's skeleton shows meanwhile.
startLanguage().then(
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
