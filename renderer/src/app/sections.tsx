// The app's navigation: each working section once. Add a section here when it works.
import {
  IconBooks,
  IconDatabase,
  IconListCheck,
  IconSettings,
  IconStethoscope,
  IconTemplate,
  IconUsers,
  type Icon,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { PatientsPage, patientScreens } from '../features/patients/PatientsPage';
import { lazyScreen, type LazyScreen } from './lazy-screen';

// The Patients section is the first screen and comes with the app; the others load on first use.
const library = lazyScreen(() => import('../features/library/LibraryPage'), 'LibraryPage');
const templates = lazyScreen(() => import('../features/plans/TemplatesPage'), 'TemplatesPage');
const visits = lazyScreen(() => import('../features/visits/VisitsSection'), 'VisitsSection');
const settings = lazyScreen(() => import('../features/settings/SettingsPage'), 'SettingsPage');
const backups = lazyScreen(() => import('../features/backups/BackupsPage'), 'BackupsPage');
const audit = lazyScreen(() => import('../features/audit/AuditPage'), 'AuditPage');

/** Every screen loaded on first use, to fetch once the first screen is up. */
export const lazyScreens: readonly LazyScreen[] = [
  ...patientScreens,
  library,
  templates,
  visits,
  settings,
  backups,
  audit,
];

type SectionLabelKey =
  | 'app:nav.patients'
  | 'app:nav.library'
  | 'app:nav.templates'
  | 'app:nav.visits'
  | 'app:nav.settings'
  | 'app:nav.backups'
  | 'app:nav.audit';

export interface Section {
  path: string;
  /** The link's words in the navigation (a message key). */
  labelKey: SectionLabelKey;
  icon: Icon;
  element: ReactNode;
  /** Sections below the divider (settings, backups) are for occasional use. */
  group: 'clinical' | 'admin';
}

export const sections: Section[] = [
  {
    path: '/patients',
    labelKey: 'app:nav.patients',
    icon: IconUsers,
    element: <PatientsPage />,
    group: 'clinical',
  },
  {
    path: '/library',
    labelKey: 'app:nav.library',
    icon: IconBooks,
    element: <library.Component />,
    group: 'clinical',
  },
  {
    path: '/templates',
    labelKey: 'app:nav.templates',
    icon: IconTemplate,
    element: <templates.Component />,
    group: 'clinical',
  },
  {
    path: '/visits',
    labelKey: 'app:nav.visits',
    icon: IconStethoscope,
    element: <visits.Component />,
    group: 'clinical',
  },
  {
    path: '/settings',
    labelKey: 'app:nav.settings',
    icon: IconSettings,
    element: <settings.Component />,
    group: 'admin',
  },
  {
    path: '/backups',
    labelKey: 'app:nav.backups',
    icon: IconDatabase,
    element: <backups.Component />,
    group: 'admin',
  },
  {
    path: '/audit',
    labelKey: 'app:nav.audit',
    icon: IconListCheck,
    element: <audit.Component />,
    group: 'admin',
  },
];
