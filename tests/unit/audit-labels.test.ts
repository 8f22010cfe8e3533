// The audit log in words, in each language: what happened and which details changed.
import { describe, expect, it } from 'vitest';
import { translatorFor, uiLanguages } from '../../shared/i18n';
import { describeAuditEntry, fieldLabel } from '../../renderer/src/features/audit/labels';

const en = translatorFor('en');

// Every record and action the core writes to the log (electron/core/**: recordAudit calls).
const written: [string, string][] = [
  ['patient', 'create'],
  ['patient', 'update'],
  ['patient', 'archive'],
  ['patient', 'restore'],
  ['plan', 'create'],
  ['plan', 'update'],
  ['plan', 'issue'],
  ['plan', 'archive'],
  ['plan', 'restore'],
  ['plan_version', 'issue'],
  ['plan_version', 'print'],
  ['visit', 'create'],
  ['visit', 'update'],
  ['visit', 'amend'],
  ['visit', 'archive'],
  ['visit', 'export'],
  ['settings', 'update'],
  ['library_item', 'create'],
  ['library_item', 'update'],
  ['library_item', 'archive'],
  ['library_item', 'restore'],
  ['library_item', 'export'],
  ['library_item', 'import'],
  ['backup', 'create'],
  ['backup', 'restore'],
  ['backup', 'import'],
  ['backup', 'export'],
  ['backup', 'encrypt'],
  ['clinician', 'create'],
  ['clinician', 'update'],
  ['clinician', 'archive'],
  ['clinician', 'sign_in'],
  ['clinic_key', 'create'],
  ['clinic_key', 'rekey'],
];

describe('audit log wording', () => {
  it('names changed details in words, never as stored paths', () => {
    expect(fieldLabel('items.parameters', en)).toBe('Item dose');
    expect(fieldLabel('items.patientNote', en)).toBe('Item note for the patient');
    expect(fieldLabel('items.progression', en)).toBe('Item progression');
    expect(fieldLabel('versions', en)).toBe('New version');
    expect(fieldLabel('planVersionId', en)).toBe('Plan followed');
    expect(fieldLabel('recovery-key', en)).toBe('Recovery key');
    // A field this version does not know is still readable.
    expect(fieldLabel('first_step_pain', en)).toBe('First step pain');
  });

  it('says what happened', () => {
    expect(describeAuditEntry('visit', 'amend', en)).toBe('Visit amended');
    expect(describeAuditEntry('backup', 'create', en)).toBe('Backup made');
    expect(describeAuditEntry('clinician', 'sign_in', en)).toBe('Signed in');
  });

  it('says it in the screens’ language, agreeing with the record', () => {
    expect(describeAuditEntry('visit', 'create', translatorFor('es'))).toBe('Visita creada');
    expect(describeAuditEntry('plan', 'create', translatorFor('es'))).toBe('Plan creado');
    expect(describeAuditEntry('backup', 'create', translatorFor('de'))).toBe('Sicherung erstellt');
    expect(describeAuditEntry('visit', 'amend', translatorFor('fr'))).toBe('Séance rectifiée');
    expect(fieldLabel('dateOfBirth', translatorFor('pt'))).toBe('Data de nascimento');
    // An entry from a newer version still reads, from its parts.
    expect(describeAuditEntry('settings', 'print', translatorFor('de'))).toBe(
      'Praxiseinstellungen gedruckt',
    );
  });

  it('has a sentence of its own for everything the core writes, in every language', () => {
    for (const language of uiLanguages) {
      const t = translatorFor(language);
      const texts = written.map(([entity, action]) => describeAuditEntry(entity, action, t));
      for (const text of texts) {
        // Neither a stored code nor the "Record: action" wording kept for unknown entries.
        expect(text, language).not.toMatch(/_|audit:|: /);
      }
      expect(new Set(texts).size, language).toBe(written.length);
    }
  });
});
