// Each core domain owns its tables: SQL in a domain's files names only that domain's tables.
// An import rule cannot see SQL, so this reads it. The few reads across a boundary that remain
// are listed with their reason; a new one fails here until it goes through the owner's
// repository (see api/audit-namers.ts for how the audit trail names records it does not own).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { coreDomains } from '../../../eslint.config.js';

const repoRoot = path.resolve(import.meta.dirname, '../../..');

/** Every table of the schema and the domain that owns it. */
const owners: Readonly<Record<string, string>> = {
  clinicians: 'access',
  access_settings: 'access',
  audit_log: 'audit',
  audit_head: 'audit',
  images: 'images',
  library_items: 'library',
  library_item_images: 'library',
  library_fts: 'library',
  library_changes: 'library',
  library_revision: 'library',
  patients: 'patients',
  patients_fts: 'patients',
  plans: 'plans',
  plan_items: 'plans',
  plan_phases: 'plans',
  plan_red_flags: 'plans',
  plan_versions: 'plans',
  phase_decisions: 'plans',
  clinic_settings: 'settings',
  visits: 'visits',
  visit_amendments: 'visits',
  visit_treatments: 'visits',
  visit_load_monitoring: 'visits',
  visit_note_drafts: 'visits',
  outcome_records: 'visits',
  adherence_weeks: 'visits',
  adherence_entries: 'visits',
};

/** Reads across a boundary still in the code, each with why (file → foreign tables). */
const knownCrossings: Readonly<Record<string, readonly string[]>> = {
  // Image metadata (size, type) joined beside the item's or logo's own rows; the images domain
  // is a content-addressed store the others point into.
  'electron/core/library/library-repository.ts': ['images'],
  'electron/core/library/library-search-rows.ts': ['images'],
  'electron/core/settings/settings-repository.ts': ['images'],
  // Phase criteria are measured on the patient's visits (pain, outcome scores, adherence);
  // next step: a visits service that answers "measurements since".
  'electron/core/plans/phase-measurements.ts': [
    'adherence_weeks',
    'outcome_records',
    'visit_load_monitoring',
    'visit_treatments',
    'visits',
  ],
  // The recent-visits list shows each visit's patient name.
  'electron/core/visits/visit-repository.ts': ['patients'],
};

function sourceFiles(folder: string): string[] {
  return readdirSync(path.join(repoRoot, folder)).flatMap((entry) => {
    const relative = path.posix.join(folder, entry);
    if (statSync(path.join(repoRoot, relative)).isDirectory()) return sourceFiles(relative);
    return entry.endsWith('.ts') ? [relative] : [];
  });
}

/** Tables a source names in SQL (FROM, JOIN, INTO, UPDATE, TABLE), among the schema's. */
function tablesNamed(source: string): string[] {
  const named = new Set<string>();
  for (const match of source.matchAll(/\b(?:FROM|JOIN|INTO|UPDATE|TABLE)\s+([a-z_]+)\b/g)) {
    const table = match[1];
    if (table !== undefined && table in owners) named.add(table);
  }
  return [...named].sort();
}

describe('table ownership', () => {
  it('reads SQL table names', () => {
    expect(tablesNamed("db.prepare('SELECT name FROM clinicians WHERE id = ?')")).toEqual([
      'clinicians',
    ]);
    expect(tablesNamed('`SELECT 1 FROM visits v JOIN patients p ON p.id = v.patient_id`')).toEqual([
      'patients',
      'visits',
    ]);
    expect(tablesNamed('// read from the plan and its items')).toEqual([]);
  });

  it('knows the owner of every table the migrations create', () => {
    const migrations = sourceFiles('electron/core/db/migrations')
      .map((file) => readFileSync(path.join(repoRoot, file), 'utf8'))
      .join('\n');
    const created = [
      ...migrations.matchAll(/CREATE (?:VIRTUAL )?TABLE (?:IF NOT EXISTS )?([a-z_]+)/g),
    ].map((m) => m[1]);
    expect([...new Set(created)].sort()).toEqual(Object.keys(owners).sort());
  });

  it("has no domain naming another domain's tables in SQL, beyond the listed few", () => {
    const crossings: Record<string, string[]> = {};
    for (const domain of coreDomains) {
      const folder = `electron/core/${domain}`;
      for (const file of sourceFiles(folder)) {
        const foreign = tablesNamed(readFileSync(path.join(repoRoot, file), 'utf8')).filter(
          (table) => owners[table] !== domain,
        );
        if (foreign.length > 0) crossings[file] = foreign;
      }
    }
    expect(crossings).toEqual(knownCrossings);
  });
});
