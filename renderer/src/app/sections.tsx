// The app's navigation: each working section once. Add a section here when it works.
import { IconSettings, type Icon } from '@tabler/icons-react';
import type { ReactNode } from 'react';
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
];
