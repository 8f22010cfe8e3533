// The signed-in app: its sections behind a router, the recovery screen when the record did not
// open, notices, and calendars in the screens' language. Loaded as a chunk of its own once the
// lock screens are up, so opening Physioplan shows "Open the clinic record" without waiting for
// the code of every screen behind it.
import '@mantine/notifications/styles.css';
import '@mantine/dropzone/styles.css';
import '@mantine/charts/styles.css';
import '@mantine/dates/styles.css';
import { Notifications } from '@mantine/notifications';
import { createHashRouter, RouterProvider } from 'react-router';
import { App } from './App';
import { CalendarLanguage } from './calendar-language';
import { RecoveryGate } from '../features/recovery/RecoveryGate';

// A data router so forms can ask before a navigation throws their changes away (useBlocker);
// the app's own <Routes> stay as they are beneath the one catch-all route.
const router = createHashRouter([
  {
    path: '*',
    element: (
      <RecoveryGate>
        <App />
      </RecoveryGate>
    ),
  },
]);

export function ClinicApp() {
  return (
    <CalendarLanguage>
      {/* Over the foot of the navigation column (230 px wide, links at the top): a notice
          never covers a screen's buttons, at its top (Edit, Issue) or its foot (Save). */}
      <Notifications position="bottom-left" containerWidth={206} />
      <RouterProvider router={router} />
    </CalendarLanguage>
  );
}
