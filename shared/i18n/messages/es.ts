// The Spanish messages of the app, one JSON file per namespace (resources/locales/es/).
// The renderer loads one language's module when the screens need it; the core imports all
// five through ../resources.ts.
import common from '../../../resources/locales/es/common.json' with { type: 'json' };
import app from '../../../resources/locales/es/app.json' with { type: 'json' };
import access from '../../../resources/locales/es/access.json' with { type: 'json' };
import audit from '../../../resources/locales/es/audit.json' with { type: 'json' };
import backups from '../../../resources/locales/es/backups.json' with { type: 'json' };
import dose from '../../../resources/locales/es/dose.json' with { type: 'json' };
import library from '../../../resources/locales/es/library.json' with { type: 'json' };
import outcomes from '../../../resources/locales/es/outcomes.json' with { type: 'json' };
import params from '../../../resources/locales/es/params.json' with { type: 'json' };
import patients from '../../../resources/locales/es/patients.json' with { type: 'json' };
import pdf from '../../../resources/locales/es/pdf.json' with { type: 'json' };
import phases from '../../../resources/locales/es/phases.json' with { type: 'json' };
import plans from '../../../resources/locales/es/plans.json' with { type: 'json' };
import print from '../../../resources/locales/es/print.json' with { type: 'json' };
import recovery from '../../../resources/locales/es/recovery.json' with { type: 'json' };
import redFlags from '../../../resources/locales/es/redFlags.json' with { type: 'json' };
import settings from '../../../resources/locales/es/settings.json' with { type: 'json' };
import visits from '../../../resources/locales/es/visits.json' with { type: 'json' };

export const messages = {
  common,
  app,
  access,
  audit,
  backups,
  dose,
  library,
  outcomes,
  params,
  patients,
  pdf,
  phases,
  plans,
  print,
  recovery,
  redFlags,
  settings,
  visits,
};
