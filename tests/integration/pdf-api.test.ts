// pdf.homeProgramme and pdf.planSummary through the core: read an issued version from the
// database, print it, name the file, and record the print in the audit log.
import sharp from 'sharp';
import { afterEach, describe, expect, it } from 'vitest';
import type { PlanVersionSnapshot } from '../../shared/domain/plan';
import { saveImage } from '../../electron/core/images/image-store';
import { verifyAuditLog } from '../../electron/core/audit/audit-log';
import { photo } from '../support/images';
import { heelPainItems, snapshot } from '../fixtures/plan-snapshots';
import { openTestCore, type TestCore } from '../support/core';
import { flat, parsePdf, qpdfCheck } from '../support/pdf';
import { clinicSettings } from '../support/records';
import { redFlagDecisions, redFlagTypeInfo } from '../../shared/safety/red-flag-types';

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
      `INSERT INTO plan_versions (id, plan_id, version_number, issued_at, snapshot, item_count)
       VALUES (@id, @planId, @versionNumber, @issuedAt, @snapshot, @itemCount)`,
    ).run({
      id,
      planId: snap.planId,
      versionNumber: snap.versionNumber,
      issuedAt: snap.issuedAt,
      snapshot: JSON.stringify(snap),
      // As issuing stores it: every item of every phase.
      itemCount: snap.phases.reduce((n, phase) => n + phase.items.length, 0),
    });
    return id;
  });
}

/** A red flag on the stored plan as it stands now (not in the frozen version). */
function storeFlag(
  t: TestCore,
  flag: { type: string; decision?: string | null; acknowledged?: boolean },
): void {
  const decided = flag.decision !== undefined && flag.decision !== null;
  t.ctx.db
    .prepare(
      `INSERT INTO plan_red_flags (id, plan_id, type, recorded_at, acknowledged_at, decision)
       VALUES (@id, @planId, @type, @at, @acknowledgedAt, @decision)`,
    )
    .run({
      id: `rf-${flag.type}`,
      planId: snapshot().planId,
      type: flag.type,
      at: '2026-11-22T10:00:00.000Z',
      acknowledgedAt: decided || flag.acknowledged ? '2026-11-22T11:00:00.000Z' : null,
      decision: flag.decision ?? null,
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
    const image = await photo({ label: 'Photo 1' });
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
    // Making it is not yet printing it: saving is recorded, with the preview's own bytes.
    expect(auditRows(core)).toEqual([]);
    const saved = await core.call('pdf.output', { documentId: result.documentId, purpose: 'save' });
    expect(saved.dataBase64).toBe(result.dataBase64);
    expect(saved.fileName).toBe(result.fileName);
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
    await core.call(
      'settings.update',
      clinicSettings({
        clinicName: 'Ωmega Physio',
        clinicianName: 'Ярослава Петренко',
        phone: '+30 210 555 0100',
        paperSize: 'Letter',
      }),
    );
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
    // Version, issue date, item count (stored with each version), and this one marked.
    expect(text).toMatch(/1 22 Nov 2026 4 2 22 Nov 2026 7 This summary 3 22 Nov 2026 10/);
  });

  it('records a document when it is saved or printed, not when it is previewed', async () => {
    core = openTestCore();
    const [id = ''] = storeVersions(core.ctx.db, [snapshot()]);
    await core.call('pdf.homeProgramme', { planVersionId: id, options: {} });
    const summary = await core.call('pdf.planSummary', { planVersionId: id, options: {} });
    expect(auditRows(core)).toHaveLength(0);
    await core.call('pdf.output', { documentId: summary.documentId, purpose: 'print' });
    await core.call('pdf.output', { documentId: summary.documentId, purpose: 'save' });
    expect(auditRows(core)).toMatchObject([
      { fields: '["plan-summary","print"]' },
      { fields: '["plan-summary","save"]' },
    ]);
  });

  it('refuses to save a document it no longer keeps, in words, and records nothing', async () => {
    core = openTestCore();
    const error = await core.fail('pdf.output', { documentId: 'gone', purpose: 'save' });
    expect(error.code).toBe('NOT_FOUND');
    expect(error.message).toContain('no longer ready to save or print');
    expect(auditRows(core)).toHaveLength(0);
  });

  it("refuses any version's home sheet while a red flag recorded after issue is open, and records no print", async () => {
    core = openTestCore();
    // Version 3 was issued with no red flags; the flag is recorded on the plan afterwards.
    const [id = ''] = storeVersions(core.ctx.db, [snapshot()]);
    storeFlag(core, { type: 'numbness_tingling' });
    const error = await core.fail('pdf.homeProgramme', { planVersionId: id, options: {} });
    expect(error.code).toBe('RED_FLAG');
    expect(error.message).toContain('numbness or tingling');
    expect(auditRows(core)).toHaveLength(0);
    // The clinician's summary still prints.
    await core.call('pdf.planSummary', { planVersionId: id, options: {} });
  });

  it('prints only the safety sheet, with no loaded exercise, while a suspected fracture is referred for imaging', async () => {
    core = openTestCore();
    const [id = ''] = storeVersions(core.ctx.db, [snapshot({ items: heelPainItems() })]);
    storeFlag(core, { type: 'suspected_stress_fracture', decision: 'referred_imaging' });
    const settings = await core.call('settings.get', {});
    await core.call('settings.update', {
      ...settings,
      clinicName: 'Heel & Sole',
      phone: '+44 117 496 0123',
    });
    const file = await core.call('pdf.homeProgramme', { planVersionId: id, options: {} });
    expect(file.fileName).toBe('Unal-Zoe-safety-sheet-v3-2026-11-22.pdf');
    const data = Buffer.from(file.dataBase64, 'base64');
    qpdfCheck(data, 'safety-sheet.pdf');
    const text = flat((await parsePdf(data)).text);
    for (const item of heelPainItems()) expect(text).not.toContain(item.title);
    expect(text).not.toMatch(/heel raises on a step|8 kg|3 sets|exercise diary/i);
    expect(text).not.toMatch(/stress fracture|calcaneal/i);
    expect(text).toContain('Looking after yourself for now');
    expect(text).toContain('What not to do');
    expect(text).toContain('Do not stand on tiptoe or do heel raises.');
    expect(text).toContain('We have asked for a scan of your foot.');
    expect(text).toContain('Call Heel & Sole on +44 117 496 0123.');
    await core.call('pdf.output', { documentId: file.documentId, purpose: 'save' });
    expect(auditRows(core)).toMatchObject([{ fields: '["safety-sheet","save"]' }]);
  });

  it('prints the safety advice in Spanish for a Spanish-reading patient, with no English advice left', async () => {
    core = openTestCore();
    const [id = ''] = storeVersions(core.ctx.db, [snapshot({ items: heelPainItems() })]);
    storeFlag(core, { type: 'suspected_stress_fracture', decision: 'referred_imaging' });
    const file = await core.call('pdf.homeProgramme', {
      planVersionId: id,
      options: {},
      language: 'es',
    });
    const text = flat((await parsePdf(Buffer.from(file.dataBase64, 'base64'))).text);
    expect(text).toContain('No se ponga de puntillas ni haga elevaciones de talón.');
    expect(text).toContain('Le hemos pedido una prueba de imagen del pie.');
    expect(text).toContain('No puede apoyar nada de peso en el pie.');
    expect(text).toContain('Acuda a un médico en los próximos días');
    const { advice } = redFlagTypeInfo.suspected_stress_fracture;
    const english = [
      advice.why,
      ...advice.toDo,
      ...advice.notToDo,
      ...advice.offloading,
      ...advice.emergency,
      redFlagDecisions.referred_imaging.patient,
    ];
    // Each English line by its opening words, so a line wrapped across two rows still counts.
    for (const line of english) expect(text).not.toContain(line.split(' ').slice(0, 5).join(' '));
    expect(text).not.toContain('within the next few days');
  });

  it('prints the exercise sheet again once the flag is cleared', async () => {
    core = openTestCore();
    const [id = ''] = storeVersions(core.ctx.db, [snapshot({ items: heelPainItems() })]);
    storeFlag(core, { type: 'suspected_stress_fracture', decision: 'cleared' });
    const file = await core.call('pdf.homeProgramme', { planVersionId: id, options: {} });
    expect(file.fileName).toContain('home-programme');
    const text = flat((await parsePdf(Buffer.from(file.dataBase64, 'base64'))).text);
    expect(text).toContain('Heavy slow heel raises on a step');
  });

  it('asks again for a decision on a flag acknowledged before decisions existed', async () => {
    core = openTestCore();
    const [id = ''] = storeVersions(core.ctx.db, [snapshot()]);
    storeFlag(core, { type: 'suspected_stress_fracture', decision: null, acknowledged: true });
    const error = await core.fail('pdf.homeProgramme', { planVersionId: id, options: {} });
    expect(error.code).toBe('RED_FLAG');
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
