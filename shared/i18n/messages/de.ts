// The German messages of the app, one JSON file per namespace (resources/locales/de/).
// The renderer loads one language's module when the screens need it; the core imports all
// five through ../resources.ts.
import common from '../../../resources/locales/de/common.json' with { type: 'json' };
import app from '../../../resources/locales/de/app.json' with { type: 'json' };
import access from '../../../resources/locales/de/access.json' with { type: 'json' };
import audit from '../../../resources/locales/de/audit.json' with { type: 'json' };
import backups from '../../../resources/locales/de/backups.json' with { type: 'json' };
import dose from '../../../resources/locales/de/dose.json' with { type: 'json' };
import library from '../../../resources/locales/de/library.json' with { type: 'json' };
import outcomes from '../../../resources/locales/de/outcomes.json' with { type: 'json' };
import params from '../../../resources/locales/de/params.json' with { type: 'json' };
import patients from '../../../resources/locales/de/patients.json' with { type: 'json' };
import pdf from '../../../resources/locales/de/pdf.json' with { type: 'json' };
import phases from '../../../resources/locales/de/phases.json' with { type: 'json' };
import plans from '../../../resources/locales/de/plans.json' with { type: 'json' };
import print from '../../../resources/locales/de/print.json' with { type: 'json' };
import recovery from '../../../resources/locales/de/recovery.json' with { type: 'json' };
import redFlags from '../../../resources/locales/de/redFlags.json' with { type: 'json' };
import settings from '../../../resources/locales/de/settings.json' with { type: 'json' };
import visits from '../../../resources/locales/de/visits.json' with { type: 'json' };

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
