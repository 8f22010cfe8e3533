// pdf.homeProgramme and pdf.planSummary through the core: read an issued version from the
// database, print it, name the file, and record the print in the audit log.
import sharp from 'sharp';
import { afterEach, describe, expect, it } from 'vitest';
import type { PlanVersionSnapshot } from '../../shared/domain/plan';
import { saveImage } from '../../electron/core/images/image-store';
import { verifyAuditLog } from '../../electron/core/audit/audit-log';
import { photo } from '../fixtures/fixture-images';
import { heelPainItems, snapshot } from '../fixtures/plan-snapshots';
import { openTestCore, type TestCore } from '../support/core';
import { flat, parsePdf, qpdfCheck } from '../support/pdf';

let core: TestCore | undefined;
afterEach(() => core?.close());

/** Stores a patient, a plan and its issued versions the way the plans service does. */
function storeVersions(db: TestCore['ctx']['db'], snaps: PlanVersionSnapshot[]): string[] {
  const first = snaps[0];
  if (!first) throw new Error('no snapshot');
  const now = '2026-11-22T09:00:00.000Z';
  db.prepare(
    `INSERT INTO patients (id, first_name, last_name, date_of_birth, created_at, updated_at)
     VALUES (@id, @firstName, @lastName, @dateOfBirth, @now, @now)`,
  ).run({ ...first.patient, now });
  db.prepare(
    `INSERT INTO plans (id, patient_id, title, status, created_at, updated_at)
     VALUES (@planId, @patientId, @title, 'active', @now, @now)`,
  ).run({ planId: first.planId, patientId: first.patient.id, title: first.title, now });
  return snaps.map((snap) => {
    const id = `version-${snap.versionNumber}`;
    db.prepare(
      `INSERT INTO plan_versions (id, plan_id, version_number, issued_at, snapshot)
       VALUES (@id, @planId, @versionNumber, @issuedAt, @snapshot)`,
    ).run({
      id,
      planId: snap.planId,
      versionNumber: snap.versionNumber,
      issuedAt: snap.issuedAt,
      snapshot: JSON.stringify(snap),
    });
    return id;
  });
}

function auditRows(t: TestCore) {
  return t.ctx.db
    .prepare(
      "SELECT entity, entity_id, patient_id, action, fields FROM audit_log WHERE action = 'print'",
    )
    .all();
}

describe('pdf API', () => {
  it('prints the home programme of a stored version with a meaningful file name, and audits it', async () => {
    core = openTestCore();
    const image = await photo('Photo 1');
    saveImage(core.ctx.db, core.ctx.clock, image);
    const [id = ''] = storeVersions(core.ctx.db, [snapshot({ items: heelPainItems([image.ref]) })]);
    const result = await core.call('pdf.homeProgramme', { planVersionId: id, options: {} });
    expect(result.fileName).toBe('Unal-Zoe-home-programme-v3-2026-11-22.pdf');
    const data = Buffer.from(result.dataBase64, 'base64');
    qpdfCheck(data, result.fileName);
    const pdf = await parsePdf(data);
    expect(pdf.pageCount).toBe(result.pageCount);
    expect(flat(pdf.text)).toContain('Zoë Ünal');
    expect(pdf.pages.reduce((sum, p) => sum + p.images, 0)).toBe(1); // the stored photo
    expect(auditRows(core)).toEqual([
      {
        entity: 'plan_version',
        entity_id: id,
        patient_id: 'patient-0001',
        action: 'print',
        fields: '["home-programme","save"]',
      },
    ]);
    expect(verifyAuditLog(core.ctx.db).ok).toBe(true);
  });

  it('uses the clinic settings: name, phone, logo and paper size', async () => {
    core = openTestCore();
    await core.call('settings.update', {
      clinicName: 'Ωmega Physio',
      clinicianName: 'Ярослава Петренко',
      credentials: '',
      address: '',
      phone: '+30 210 555 0100',
      email: '',
      website: '',
      paperSize: 'Letter',
      handoutLanguage: 'en',
    });
    const logo = await sharp({
      create: { width: 300, height: 100, channels: 3, background: '#0b6e79' },
    })
      .png()
      .toBuffer();
    await core.call('settings.setLogo', {
      fileName: 'logo.png',
      dataBase64: logo.toString('base64'),
    });
    const [id = ''] = storeVersions(core.ctx.db, [snapshot()]);
    const result = await core.call('pdf.homeProgramme', {
      planVersionId: id,
      options: { adherenceWeeks: 1 },
    });
    const pdf = await parsePdf(Buffer.from(result.dataBase64, 'base64'));
    expect(pdf.pages[0]?.width).toBe(612);
    expect(flat(pdf.text)).toContain('Ωmega Physio');
    expect(flat(pdf.text)).toContain('Ярослава Петренко');
    expect(flat(pdf.text)).toContain('Call Ωmega Physio on +30 210 555 0100');
    expect(pdf.pages[0]?.images).toBe(1); // the logo
    const a4 = await core.call('pdf.homeProgramme', {
      planVersionId: id,
      options: { paperSize: 'A4' },
    });
    expect((await parsePdf(Buffer.from(a4.dataBase64, 'base64'))).pages[0]?.width).toBe(595.28);
  });

  it('prints the plan summary with the version history from the database', async () => {
    core = openTestCore();
    const items = heelPainItems();
    const ids = storeVersions(core.ctx.db, [
      snapshot({ versionNumber: 1, items: items.slice(0, 4) }),
      snapshot({ versionNumber: 2, items: items.slice(0, 7) }),
      snapshot({ versionNumber: 3, items }),
    ]);
    const result = await core.call('pdf.planSummary', {
      planVersionId: ids[1] ?? '',
      options: { itemsPerRow: 2 },
    });
    expect(result.fileName).toBe('Unal-Zoe-plan-summary-v2-2026-11-22.pdf');
    const data = Buffer.from(result.dataBase64, 'base64');
    qpdfCheck(data, result.fileName);
    const text = flat((await parsePdf(data)).text);
    expect(text).toContain('Version history');
    // Version, issue date, item count (counted from each stored snapshot), and this one marked.
    expect(text).toMatch(
      /1 22 November 2026 4 2 22 November 2026 7 This summary 3 22 November 2026 10/,
    );
    expect(auditRows(core)).toHaveLength(1);
  });

  it('does not record previews as prints', async () => {
    core = openTestCore();
    const [id = ''] = storeVersions(core.ctx.db, [snapshot()]);
    await core.call('pdf.homeProgramme', { planVersionId: id, options: {}, purpose: 'preview' });
    await core.call('pdf.planSummary', { planVersionId: id, options: {}, purpose: 'preview' });
    expect(auditRows(core)).toHaveLength(0);
    await core.call('pdf.planSummary', { planVersionId: id, options: {}, purpose: 'print' });
    expect(auditRows(core)).toMatchObject([{ fields: '["plan-summary","print"]' }]);
  });

  it('refuses a home programme while a red flag is open, and records no print', async () => {
    core = openTestCore();
    const [id = ''] = storeVersions(core.ctx.db, [
      snapshot({
        redFlags: [
          {
            id: 'rf-1',
            type: 'numbness_tingling',
            note: '',
            recordedAt: '2026-11-21T10:00:00.000Z',
            acknowledgedAt: null,
            acknowledgement: '',
          },
        ],
      }),
    ]);
    const error = await core.fail('pdf.homeProgramme', { planVersionId: id, options: {} });
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toContain('Numbness or tingling');
    expect(auditRows(core)).toHaveLength(0);
    // The clinician's summary still prints, showing the open flag.
    const summary = await core.call('pdf.planSummary', { planVersionId: id, options: {} });
    expect(flat((await parsePdf(Buffer.from(summary.dataBase64, 'base64'))).text)).toContain(
      'NOT ACKNOWLEDGED',
    );
  });

  it('answers NOT_FOUND for an unknown version and VALIDATION for bad options', async () => {
    core = openTestCore();
    expect(
      (await core.fail('pdf.homeProgramme', { planVersionId: 'nope', options: {} })).code,
    ).toBe('NOT_FOUND');
    const bad = await core.fail('pdf.homeProgramme', {
      planVersionId: 'x',
      options: { adherenceWeeks: 9 },
    });
    expect(bad.code).toBe('VALIDATION');
    expect(bad.message).toContain('at most 6 weeks');
    expect(
      (await core.fail('pdf.planSummary', { planVersionId: 'x', options: { itemsPerRow: 3 } }))
        .code,
    ).toBe('VALIDATION');
  });
});
