import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/dropzone/styles.css';
import '@mantine/charts/styles.css';
import '@mantine/dates/styles.css';
import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import 'dayjs/locale/en-gb';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { HashRouter } from 'react-router';
import { App } from './app/App';
import { cssVariablesResolver, theme } from './app/theme';
import { AccessGate } from './features/access/AccessGate';
import { RecoveryGate } from './features/recovery/RecoveryGate';

const queryClient = new QueryClient({
  defaultOptions: {
    // Local data: no refetch on focus, and a failed call is not worth retrying blindly.
    queries: { refetchOnWindowFocus: false, retry: false, staleTime: 30_000 },
  },
});

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
      {/* Calendars start on Monday, with British month and day names. */}
      <DatesProvider settings={{ locale: 'en-gb', firstDayOfWeek: 1 }}>
        <Notifications position="bottom-right" />
        <QueryClientProvider client={queryClient}>
          <HashRouter>
            <AccessGate>
              <RecoveryGate>
                <App />
              </RecoveryGate>
            </AccessGate>
          </HashRouter>
        </QueryClientProvider>
      </DatesProvider>
    </MantineProvider>
  </StrictMode>,
);
