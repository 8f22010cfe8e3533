// The Portuguese messages of the app, one JSON file per namespace (resources/locales/pt/).
// The renderer loads one language's module when the screens need it; the core imports all
// five through ../resources.ts.
import common from '../../../resources/locales/pt/common.json' with { type: 'json' };
import app from '../../../resources/locales/pt/app.json' with { type: 'json' };
import access from '../../../resources/locales/pt/access.json' with { type: 'json' };
import audit from '../../../resources/locales/pt/audit.json' with { type: 'json' };
import backups from '../../../resources/locales/pt/backups.json' with { type: 'json' };
import dose from '../../../resources/locales/pt/dose.json' with { type: 'json' };
import library from '../../../resources/locales/pt/library.json' with { type: 'json' };
import outcomes from '../../../resources/locales/pt/outcomes.json' with { type: 'json' };
import params from '../../../resources/locales/pt/params.json' with { type: 'json' };
import patients from '../../../resources/locales/pt/patients.json' with { type: 'json' };
import pdf from '../../../resources/locales/pt/pdf.json' with { type: 'json' };
import phases from '../../../resources/locales/pt/phases.json' with { type: 'json' };
import plans from '../../../resources/locales/pt/plans.json' with { type: 'json' };
import print from '../../../resources/locales/pt/print.json' with { type: 'json' };
import recovery from '../../../resources/locales/pt/recovery.json' with { type: 'json' };
import redFlags from '../../../resources/locales/pt/redFlags.json' with { type: 'json' };
import settings from '../../../resources/locales/pt/settings.json' with { type: 'json' };
import visits from '../../../resources/locales/pt/visits.json' with { type: 'json' };

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
