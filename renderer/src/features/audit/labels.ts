// The audit trail in words: "Plan changed", "Visit created", in the screens' language. Each
// pair of record and action that the core writes has its own sentence, since the words agree
// with the record in most languages ("Visita creada", "Plan creado").
import {
  auditActions,
  auditEntities,
  type AuditAction,
  type AuditEntity,
} from '../../../../shared/domain/audit';
import type { Translate } from '../../../../shared/i18n';
import type { Messages } from '../../../../shared/i18n';

const entityKeys = {
  patient: 'audit:entity.patient',
  plan: 'audit:entity.plan',
  plan_version: 'audit:entity.planVersion',
  visit: 'audit:entity.visit',
  settings: 'audit:entity.settings',
  library_item: 'audit:entity.libraryItem',
  backup: 'audit:entity.backup',
  clinician: 'audit:entity.clinician',
  clinic_key: 'audit:entity.clinicKey',
} as const satisfies Record<AuditEntity, string>;

const actionKeys = {
  create: 'audit:action.create',
  update: 'audit:action.update',
  archive: 'audit:action.archive',
  restore: 'audit:action.restore',
  issue: 'audit:action.issue',
  amend: 'audit:action.amend',
  print: 'audit:action.print',
  export: 'audit:action.export',
  import: 'audit:action.import',
  sign_in: 'audit:action.signIn',
  encrypt: 'audit:action.encrypt',
  rekey: 'audit:action.rekey',
} as const satisfies Record<AuditAction, string>;

/** The sentence for each record and action the core records. */
const eventKeys = {
  patient: {
    create: 'audit:event.patientCreate',
    update: 'audit:event.patientUpdate',
    archive: 'audit:event.patientArchive',
    restore: 'audit:event.patientRestore',
  },
  plan: {
    create: 'audit:event.planCreate',
    update: 'audit:event.planUpdate',
    issue: 'audit:event.planIssue',
    archive: 'audit:event.planArchive',
    restore: 'audit:event.planRestore',
  },
  plan_version: {
    issue: 'audit:event.planVersionIssue',
    print: 'audit:event.planVersionPrint',
  },
  visit: {
    create: 'audit:event.visitCreate',
    update: 'audit:event.visitUpdate',
    amend: 'audit:event.visitAmend',
    archive: 'audit:event.visitArchive',
    export: 'audit:event.visitExport',
  },
  settings: { update: 'audit:event.settingsUpdate' },
  library_item: {
    create: 'audit:event.libraryCreate',
    update: 'audit:event.libraryUpdate',
    archive: 'audit:event.libraryArchive',
    restore: 'audit:event.libraryRestore',
    export: 'audit:event.libraryExport',
    import: 'audit:event.libraryImport',
  },
  backup: {
    create: 'audit:event.backupCreate',
    restore: 'audit:event.backupRestore',
    import: 'audit:event.backupImport',
    export: 'audit:event.backupExport',
    encrypt: 'audit:event.backupEncrypt',
  },
  clinician: {
    create: 'audit:event.clinicianCreate',
    update: 'audit:event.clinicianUpdate',
    archive: 'audit:event.clinicianArchive',
    sign_in: 'audit:event.clinicianSignIn',
  },
  clinic_key: {
    create: 'audit:event.clinicKeyCreate',
    rekey: 'audit:event.clinicKeyRekey',
  },
} as const satisfies { [E in AuditEntity]: Partial<Record<AuditAction, string>> };

type EventKey = {
  [E in keyof typeof eventKeys]: (typeof eventKeys)[E][keyof (typeof eventKeys)[E]];
}[keyof typeof eventKeys];

const isEntity = (value: string): value is AuditEntity =>
  (auditEntities as readonly string[]).includes(value);
const isAction = (value: string): value is AuditAction =>
  (auditActions as readonly string[]).includes(value);

export function describeAuditEntry(entity: string, action: string, t: Translate): string {
  if (!isEntity(entity) || !isAction(action)) return `${entity} ${action}`;
  const events: Partial<Record<AuditAction, EventKey>> = eventKeys[entity];
  const key = events[action];
  if (key !== undefined) return t(key);
  // A pairing no screen of this version writes (an entry from a newer Physioplan).
  return t('audit:event.other', { entity: t(entityKeys[entity]), action: t(actionKeys[action]) });
}

/** Stored field names (camelCase, snake_case or dotted) and the words for them. */
const fieldKeys: Readonly<Record<string, FieldKey>> = {
  firstName: 'audit:field.firstName',
  lastName: 'audit:field.lastName',
  dateOfBirth: 'audit:field.dateOfBirth',
  phone: 'audit:field.phone',
  email: 'audit:field.email',
  address: 'audit:field.address',
  conditions: 'audit:field.conditions',
  diagnosis: 'audit:field.diagnosis',
  preferredLanguage: 'audit:field.preferredLanguage',
  notes: 'audit:field.notes',
  archived: 'audit:field.archived',
  clinicName: 'audit:field.clinicName',
  clinicianName: 'audit:field.clinicianName',
  credentials: 'audit:field.credentials',
  website: 'audit:field.website',
  paperSize: 'audit:field.paperSize',
  handoutLanguage: 'audit:field.handoutLanguage',
  uiLanguage: 'audit:field.uiLanguage',
  logo: 'audit:field.logo',
  name: 'audit:field.name',
  role: 'audit:field.role',
  pin: 'audit:field.pin',
  passphrase: 'audit:field.passphrase',
  'recovery-key': 'audit:field.recoveryKey',
  title: 'audit:field.title',
  condition: 'audit:field.condition',
  description: 'audit:field.description',
  status: 'audit:field.status',
  goals: 'audit:field.goals',
  items: 'audit:field.items',
  'items.order': 'audit:field.itemsOrder',
  'items.content': 'audit:field.itemsContent',
  'items.librarySync': 'audit:field.itemsLibrarySync',
  'items.patientNote': 'audit:field.itemsPatientNote',
  'items.parameters': 'audit:field.itemsParameters',
  'items.progression': 'audit:field.itemsProgression',
  'items.regression': 'audit:field.itemsRegression',
  phases: 'audit:field.phases',
  redFlags: 'audit:field.redFlags',
  entryCriteria: 'audit:field.entryCriteria',
  currentPhase: 'audit:field.currentPhase',
  template: 'audit:field.template',
  versions: 'audit:field.versions',
  'home-programme': 'audit:field.homeProgramme',
  'safety-sheet': 'audit:field.safetySheet',
  'plan-summary': 'audit:field.planSummary',
  summary_pdf: 'audit:field.summaryPdf',
  save: 'audit:field.save',
  print: 'audit:field.print',
  date: 'audit:field.date',
  time: 'audit:field.time',
  planVersionId: 'audit:field.planFollowed',
  plan_version_id: 'audit:field.planFollowed',
  subjective: 'audit:field.subjective',
  objective: 'audit:field.objective',
  assessment: 'audit:field.assessment',
  plan: 'audit:field.plan',
  treatments: 'audit:field.treatments',
  outcomes: 'audit:field.outcomes',
  adherence: 'audit:field.adherence',
  painMonitoring: 'audit:field.painMonitoring',
  running: 'audit:field.running',
  summary: 'audit:field.summary',
  instructions: 'audit:field.instructions',
  cautions: 'audit:field.cautions',
  clinicianNotes: 'audit:field.clinicianNotes',
  images: 'audit:field.images',
  videoUrl: 'audit:field.videoUrl',
  translations: 'audit:field.translations',
  bodyRegions: 'audit:field.bodyRegions',
  tags: 'audit:field.tags',
  equipment: 'audit:field.equipment',
  difficulty: 'audit:field.difficulty',
  kind: 'audit:field.kind',
  parameters: 'audit:field.parameters',
  needsReview: 'audit:field.needsReview',
} as const;

type FieldKey = `audit:field.${keyof Messages['audit']['field']}`;

/** A stored field name in words; one this version does not know is spaced out as stored. */
export function fieldLabel(field: string, t: Translate): string {
  const key = fieldKeys[field];
  if (key !== undefined) return t(key);
  // "items.progression" reads "Items progression" rather than showing the dot.
  const spaced = field
    .replace(/[_.-]/g, ' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}
