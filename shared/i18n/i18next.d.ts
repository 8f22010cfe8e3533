// Type-checked message keys: `t('plans:items.add')` compiles only if the English file has it.
import 'i18next';
import type { Messages } from './message-types';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: Messages;
    returnNull: false;
  }
}
