// Every message of the app, per language and namespace (resources/locales/<lang>/<ns>.json).
// Both the renderer and the core's PDFs import this one table; the English files define the
// keys (see i18next.d.ts) and tests/unit/i18n/locales.test.ts holds the others to them.
// A new namespace: add its five JSON files and one line per language here.
import enCommon from '../../resources/locales/en/common.json' with { type: 'json' };
import enApp from '../../resources/locales/en/app.json' with { type: 'json' };
import enAccess from '../../resources/locales/en/access.json' with { type: 'json' };
import enAudit from '../../resources/locales/en/audit.json' with { type: 'json' };
import enBackups from '../../resources/locales/en/backups.json' with { type: 'json' };
import enDose from '../../resources/locales/en/dose.json' with { type: 'json' };
import enLibrary from '../../resources/locales/en/library.json' with { type: 'json' };
import enOutcomes from '../../resources/locales/en/outcomes.json' with { type: 'json' };
import enParams from '../../resources/locales/en/params.json' with { type: 'json' };
import enPatients from '../../resources/locales/en/patients.json' with { type: 'json' };
import enPdf from '../../resources/locales/en/pdf.json' with { type: 'json' };
import enPhases from '../../resources/locales/en/phases.json' with { type: 'json' };
import enPlans from '../../resources/locales/en/plans.json' with { type: 'json' };
import enPrint from '../../resources/locales/en/print.json' with { type: 'json' };
import enRecovery from '../../resources/locales/en/recovery.json' with { type: 'json' };
import enRedFlags from '../../resources/locales/en/redFlags.json' with { type: 'json' };
import enSettings from '../../resources/locales/en/settings.json' with { type: 'json' };
import enVisits from '../../resources/locales/en/visits.json' with { type: 'json' };
import esCommon from '../../resources/locales/es/common.json' with { type: 'json' };
import esApp from '../../resources/locales/es/app.json' with { type: 'json' };
import esAccess from '../../resources/locales/es/access.json' with { type: 'json' };
import esAudit from '../../resources/locales/es/audit.json' with { type: 'json' };
import esBackups from '../../resources/locales/es/backups.json' with { type: 'json' };
import esDose from '../../resources/locales/es/dose.json' with { type: 'json' };
import esLibrary from '../../resources/locales/es/library.json' with { type: 'json' };
import esOutcomes from '../../resources/locales/es/outcomes.json' with { type: 'json' };
import esParams from '../../resources/locales/es/params.json' with { type: 'json' };
import esPatients from '../../resources/locales/es/patients.json' with { type: 'json' };
import esPdf from '../../resources/locales/es/pdf.json' with { type: 'json' };
import esPhases from '../../resources/locales/es/phases.json' with { type: 'json' };
import esPlans from '../../resources/locales/es/plans.json' with { type: 'json' };
import esPrint from '../../resources/locales/es/print.json' with { type: 'json' };
import esRecovery from '../../resources/locales/es/recovery.json' with { type: 'json' };
import esRedFlags from '../../resources/locales/es/redFlags.json' with { type: 'json' };
import esSettings from '../../resources/locales/es/settings.json' with { type: 'json' };
import esVisits from '../../resources/locales/es/visits.json' with { type: 'json' };
import deCommon from '../../resources/locales/de/common.json' with { type: 'json' };
import deApp from '../../resources/locales/de/app.json' with { type: 'json' };
import deAccess from '../../resources/locales/de/access.json' with { type: 'json' };
import deAudit from '../../resources/locales/de/audit.json' with { type: 'json' };
import deBackups from '../../resources/locales/de/backups.json' with { type: 'json' };
import deDose from '../../resources/locales/de/dose.json' with { type: 'json' };
import deLibrary from '../../resources/locales/de/library.json' with { type: 'json' };
import deOutcomes from '../../resources/locales/de/outcomes.json' with { type: 'json' };
import deParams from '../../resources/locales/de/params.json' with { type: 'json' };
import dePatients from '../../resources/locales/de/patients.json' with { type: 'json' };
import dePdf from '../../resources/locales/de/pdf.json' with { type: 'json' };
import dePhases from '../../resources/locales/de/phases.json' with { type: 'json' };
import dePlans from '../../resources/locales/de/plans.json' with { type: 'json' };
import dePrint from '../../resources/locales/de/print.json' with { type: 'json' };
import deRecovery from '../../resources/locales/de/recovery.json' with { type: 'json' };
import deRedFlags from '../../resources/locales/de/redFlags.json' with { type: 'json' };
import deSettings from '../../resources/locales/de/settings.json' with { type: 'json' };
import deVisits from '../../resources/locales/de/visits.json' with { type: 'json' };
import frCommon from '../../resources/locales/fr/common.json' with { type: 'json' };
import frApp from '../../resources/locales/fr/app.json' with { type: 'json' };
import frAccess from '../../resources/locales/fr/access.json' with { type: 'json' };
import frAudit from '../../resources/locales/fr/audit.json' with { type: 'json' };
import frBackups from '../../resources/locales/fr/backups.json' with { type: 'json' };
import frDose from '../../resources/locales/fr/dose.json' with { type: 'json' };
import frLibrary from '../../resources/locales/fr/library.json' with { type: 'json' };
import frOutcomes from '../../resources/locales/fr/outcomes.json' with { type: 'json' };
import frParams from '../../resources/locales/fr/params.json' with { type: 'json' };
import frPatients from '../../resources/locales/fr/patients.json' with { type: 'json' };
import frPdf from '../../resources/locales/fr/pdf.json' with { type: 'json' };
import frPhases from '../../resources/locales/fr/phases.json' with { type: 'json' };
import frPlans from '../../resources/locales/fr/plans.json' with { type: 'json' };
import frPrint from '../../resources/locales/fr/print.json' with { type: 'json' };
import frRecovery from '../../resources/locales/fr/recovery.json' with { type: 'json' };
import frRedFlags from '../../resources/locales/fr/redFlags.json' with { type: 'json' };
import frSettings from '../../resources/locales/fr/settings.json' with { type: 'json' };
import frVisits from '../../resources/locales/fr/visits.json' with { type: 'json' };
import ptCommon from '../../resources/locales/pt/common.json' with { type: 'json' };
import ptApp from '../../resources/locales/pt/app.json' with { type: 'json' };
import ptAccess from '../../resources/locales/pt/access.json' with { type: 'json' };
import ptAudit from '../../resources/locales/pt/audit.json' with { type: 'json' };
import ptBackups from '../../resources/locales/pt/backups.json' with { type: 'json' };
import ptDose from '../../resources/locales/pt/dose.json' with { type: 'json' };
import ptLibrary from '../../resources/locales/pt/library.json' with { type: 'json' };
import ptOutcomes from '../../resources/locales/pt/outcomes.json' with { type: 'json' };
import ptParams from '../../resources/locales/pt/params.json' with { type: 'json' };
import ptPatients from '../../resources/locales/pt/patients.json' with { type: 'json' };
import ptPdf from '../../resources/locales/pt/pdf.json' with { type: 'json' };
import ptPhases from '../../resources/locales/pt/phases.json' with { type: 'json' };
import ptPlans from '../../resources/locales/pt/plans.json' with { type: 'json' };
import ptPrint from '../../resources/locales/pt/print.json' with { type: 'json' };
import ptRecovery from '../../resources/locales/pt/recovery.json' with { type: 'json' };
import ptRedFlags from '../../resources/locales/pt/redFlags.json' with { type: 'json' };
import ptSettings from '../../resources/locales/pt/settings.json' with { type: 'json' };
import ptVisits from '../../resources/locales/pt/visits.json' with { type: 'json' };
import type { UiLanguage } from './languages';

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

const en = {
  common: enCommon,
  app: enApp,
  access: enAccess,
  audit: enAudit,
  backups: enBackups,
  dose: enDose,
  library: enLibrary,
  outcomes: enOutcomes,
  params: enParams,
  patients: enPatients,
  pdf: enPdf,
  phases: enPhases,
  plans: enPlans,
  print: enPrint,
  recovery: enRecovery,
  redFlags: enRedFlags,
  settings: enSettings,
  visits: enVisits,
};
/** The English messages: the source of the keys every other language must have. */
export type Messages = typeof en;

/** Other languages are checked key by key in tests, so their JSON types are loosened here. */
type Loose = { readonly [key: string]: string | Loose };

export const resources: Readonly<Record<UiLanguage, Readonly<Record<Namespace, Loose>>>> = {
  en,
  es: {
    common: esCommon,
    app: esApp,
    access: esAccess,
    audit: esAudit,
    backups: esBackups,
    dose: esDose,
    library: esLibrary,
    outcomes: esOutcomes,
    params: esParams,
    patients: esPatients,
    pdf: esPdf,
    phases: esPhases,
    plans: esPlans,
    print: esPrint,
    recovery: esRecovery,
    redFlags: esRedFlags,
    settings: esSettings,
    visits: esVisits,
  },
  de: {
    common: deCommon,
    app: deApp,
    access: deAccess,
    audit: deAudit,
    backups: deBackups,
    dose: deDose,
    library: deLibrary,
    outcomes: deOutcomes,
    params: deParams,
    patients: dePatients,
    pdf: dePdf,
    phases: dePhases,
    plans: dePlans,
    print: dePrint,
    recovery: deRecovery,
    redFlags: deRedFlags,
    settings: deSettings,
    visits: deVisits,
  },
  fr: {
    common: frCommon,
    app: frApp,
    access: frAccess,
    audit: frAudit,
    backups: frBackups,
    dose: frDose,
    library: frLibrary,
    outcomes: frOutcomes,
    params: frParams,
    patients: frPatients,
    pdf: frPdf,
    phases: frPhases,
    plans: frPlans,
    print: frPrint,
    recovery: frRecovery,
    redFlags: frRedFlags,
    settings: frSettings,
    visits: frVisits,
  },
  pt: {
    common: ptCommon,
    app: ptApp,
    access: ptAccess,
    audit: ptAudit,
    backups: ptBackups,
    dose: ptDose,
    library: ptLibrary,
    outcomes: ptOutcomes,
    params: ptParams,
    patients: ptPatients,
    pdf: ptPdf,
    phases: ptPhases,
    plans: ptPlans,
    print: ptPrint,
    recovery: ptRecovery,
    redFlags: ptRedFlags,
    settings: ptSettings,
    visits: ptVisits,
  },
};
