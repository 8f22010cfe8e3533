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
import { AuditPage } from '../features/audit/AuditPage';
import { BackupsPage } from '../features/backups/BackupsPage';
import { LibraryPage } from '../features/library/LibraryPage';
import { PatientsPage } from '../features/patients/PatientsPage';
import { TemplatesPage } from '../features/plans/TemplatesPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { VisitsSection } from '../features/visits/VisitsSection';

export interface Section {
  path: string;
  label: string;
  icon: Icon;
  element: ReactNode;
  /** Sections below the divider (settings, backups) are for occasional use. */
  group: 'clinical' | 'admin';
}

export const sections: Section[] = [
  {
    path: '/patients',
    label: 'Patients',
    icon: IconUsers,
    element: <PatientsPage />,
    group: 'clinical',
  },
  {
    path: '/library',
    label: 'Library',
    icon: IconBooks,
    element: <LibraryPage />,
    group: 'clinical',
  },
  {
    path: '/templates',
    label: 'Templates',
    icon: IconTemplate,
    element: <TemplatesPage />,
    group: 'clinical',
  },
  {
    path: '/visits',
    label: 'Visits',
    icon: IconStethoscope,
    element: <VisitsSection />,
    group: 'clinical',
  },
  {
    path: '/settings',
    label: 'Clinic settings',
    icon: IconSettings,
    element: <SettingsPage />,
    group: 'admin',
  },
  {
    path: '/backups',
    label: 'Backups',
    icon: IconDatabase,
    element: <BackupsPage />,
    group: 'admin',
  },
  {
    path: '/audit',
    label: 'Audit log',
    icon: IconListCheck,
    element: <AuditPage />,
    group: 'admin',
  },
];
