// The audit trail in words: "Plan changed", "Visit created".
const entities: Record<string, string> = {
  patient: 'Patient',
  plan: 'Plan',
  plan_version: 'Plan version',
  visit: 'Visit',
  settings: 'Clinic settings',
  library_item: 'Library item',
  backup: 'Clinic record',
  clinician: 'Clinician account',
  clinic_key: 'Clinic passphrase',
};

const actions: Record<string, string> = {
  create: 'created',
  update: 'changed',
  archive: 'archived',
  restore: 'restored',
  issue: 'issued',
  amend: 'amended',
  print: 'printed',
  export: 'exported',
  import: 'imported',
  sign_in: 'signed in',
  encrypt: 'encrypted',
  rekey: 'changed',
};

export function describeAuditEntry(entity: string, action: string): string {
  if (entity === 'backup' && action === 'create') return 'Backup made';
  if (entity === 'backup' && action === 'restore') return 'Backup restored';
  if (entity === 'clinician' && action === 'sign_in') return 'Signed in';
  if (entity === 'backup' && action === 'encrypt') return 'Clinic record encrypted';
  if (entity === 'clinic_key' && action === 'create') return 'Recovery key replaced';
  return `${entities[entity] ?? entity} ${actions[action] ?? action}`;
}

// Stored field names that read badly when merely spaced out.
const fieldWords: Record<string, string> = {
  planVersionId: 'Plan followed',
  plan_version_id: 'Plan followed',
  versions: 'New version',
  summary_pdf: 'Summary PDF',
  'items.parameters': 'Item dose',
  'items.order': 'Item order',
  'items.patientNote': 'Item note for the patient',
};

/** Field names as stored (camelCase or snake_case) made readable. */
export function fieldLabel(field: string): string {
  const word = fieldWords[field];
  if (word !== undefined) return word;
  // "items.progression" reads "Items progression" rather than showing the dot.
  const spaced = field
    .replace(/[_.]/g, ' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}
