import { describe, expect, it } from 'vitest';
import { describeAuditEntry, fieldLabel } from '../../renderer/src/features/audit/labels';

describe('audit log wording', () => {
  it('names changed details in words, never as stored paths', () => {
    expect(fieldLabel('items.parameters')).toBe('Item dose');
    expect(fieldLabel('items.patientNote')).toBe('Item note for the patient');
    expect(fieldLabel('items.progression')).toBe('Items progression');
    expect(fieldLabel('versions')).toBe('New version');
    expect(fieldLabel('planVersionId')).toBe('Plan followed');
    expect(fieldLabel('first_step_pain')).toBe('First step pain');
  });

  it('says what happened', () => {
    expect(describeAuditEntry('visit', 'amend')).toBe('Visit amended');
    expect(describeAuditEntry('backup', 'create')).toBe('Backup made');
  });
});
