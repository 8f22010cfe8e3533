// The English messages of the app, one JSON file per namespace (resources/locales/en/).
// The renderer loads one language's module when the screens need it; the core imports all
// five through ../resources.ts.
import common from '../../../resources/locales/en/common.json' with { type: 'json' };
import app from '../../../resources/locales/en/app.json' with { type: 'json' };
import access from '../../../resources/locales/en/access.json' with { type: 'json' };
import audit from '../../../resources/locales/en/audit.json' with { type: 'json' };
import backups from '../../../resources/locales/en/backups.json' with { type: 'json' };
import dose from '../../../resources/locales/en/dose.json' with { type: 'json' };
import library from '../../../resources/locales/en/library.json' with { type: 'json' };
import outcomes from '../../../resources/locales/en/outcomes.json' with { type: 'json' };
import params from '../../../resources/locales/en/params.json' with { type: 'json' };
import patients from '../../../resources/locales/en/patients.json' with { type: 'json' };
import pdf from '../../../resources/locales/en/pdf.json' with { type: 'json' };
import phases from '../../../resources/locales/en/phases.json' with { type: 'json' };
import plans from '../../../resources/locales/en/plans.json' with { type: 'json' };
import print from '../../../resources/locales/en/print.json' with { type: 'json' };
import recovery from '../../../resources/locales/en/recovery.json' with { type: 'json' };
import redFlags from '../../../resources/locales/en/redFlags.json' with { type: 'json' };
import settings from '../../../resources/locales/en/settings.json' with { type: 'json' };
import visits from '../../../resources/locales/en/visits.json' with { type: 'json' };

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
