// The app's navigation: each working section once. Add a section here when it works.
import { IconDatabase, IconListCheck, IconSettings, type Icon } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { AuditPage } from '../features/audit/AuditPage';
import { BackupsPage } from '../features/backups/BackupsPage';
import { SettingsPage } from '../features/settings/SettingsPage';

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
