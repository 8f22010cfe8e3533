// The message namespaces: one JSON file each per language (resources/locales/<lang>/<ns>.json).
// A new namespace: add its five JSON files, one line per language in messages/<lang>.ts, and
// its name here.
export const namespaces = [
  'common',
  'app',
  'access',
  'audit',
  'backups',
  'dose',
  'library',
  'outcomes',
  'params',
  'patients',
  'pdf',
  'phases',
  'plans',
  'print',
  'recovery',
  'redFlags',
  'settings',
  'visits',
] as const;
export type Namespace = (typeof namespaces)[number];
