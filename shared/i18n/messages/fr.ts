// The French messages of the app, one JSON file per namespace (resources/locales/fr/).
// The renderer loads one language's module when the screens need it; the core imports all
// five through ../resources.ts.
import common from '../../../resources/locales/fr/common.json' with { type: 'json' };
import app from '../../../resources/locales/fr/app.json' with { type: 'json' };
import access from '../../../resources/locales/fr/access.json' with { type: 'json' };
import audit from '../../../resources/locales/fr/audit.json' with { type: 'json' };
import backups from '../../../resources/locales/fr/backups.json' with { type: 'json' };
import dose from '../../../resources/locales/fr/dose.json' with { type: 'json' };
import library from '../../../resources/locales/fr/library.json' with { type: 'json' };
import outcomes from '../../../resources/locales/fr/outcomes.json' with { type: 'json' };
import params from '../../../resources/locales/fr/params.json' with { type: 'json' };
import patients from '../../../resources/locales/fr/patients.json' with { type: 'json' };
import pdf from '../../../resources/locales/fr/pdf.json' with { type: 'json' };
import phases from '../../../resources/locales/fr/phases.json' with { type: 'json' };
import plans from '../../../resources/locales/fr/plans.json' with { type: 'json' };
import print from '../../../resources/locales/fr/print.json' with { type: 'json' };
import recovery from '../../../resources/locales/fr/recovery.json' with { type: 'json' };
import redFlags from '../../../resources/locales/fr/redFlags.json' with { type: 'json' };
import settings from '../../../resources/locales/fr/settings.json' with { type: 'json' };
import visits from '../../../resources/locales/fr/visits.json' with { type: 'json' };

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
