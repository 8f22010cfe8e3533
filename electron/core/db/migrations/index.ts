// Every migration, in order. A shipped migration is never edited: add a new file instead.
import type { Migration } from '../migrate';
import { migration0001 } from './0001-clinic-settings';
import { migration0002 } from './0002-library';
import { migration0003 } from './0003-patients-plans';
import { migration0004 } from './0004-visits';
import { migration0005 } from './0005-red-flag-decisions';

export const migrations: readonly Migration[] = [
  migration0001,
  migration0002,
  migration0003,
  migration0004,
  migration0005,
];
