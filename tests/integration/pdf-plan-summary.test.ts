// The clinician's plan summary, rendered from a snapshot and read back.
import { beforeAll, describe, expect, it } from 'vitest';
import { renderPlanSummary } from '../../electron/core/pdf/plan-summary';
import type { ImageRef } from '../../shared/domain/common';
import type { PlanVersionSnapshot, PlanVersionSummary, RedFlag } from '../../shared/domain/plan';
import { planSummaryOptionsSchema } from '../../shared/domain/print-options';
import { photo } from '../support/images';
import {
  CLINICIAN_NOTE,
  clinicSettings,
  heelPainItems,
  ImageBank,
  manyItems,
  PATIENT_NOTE,
  snapshot,
} from '../fixtures/plan-snapshots';
import { flat, parsePdf, qpdfCheck, type ParsedPdf } from '../support/pdf';

const bank = new ImageBank();
let photos: ImageRef[] = [];
beforeAll(async () => {
  photos = [bank.add(await photo({ label: 'Photo 1' }))];
});

const versions: PlanVersionSummary[] = [1, 2, 3].map((n) => ({
  id: `version-${n}`,
  planId: 'plan-0001',
  versionNumber: n,
  issuedAt: `2026-11-${String(10 + n * 4).padStart(2, '0')}T09:00:00.000Z`,
  itemCount: 7 + n,
}));

const redFlags: RedFlag[] = [
  {
    id: 'rf-1',
    type: 'night_pain',
    note: 'Wakes twice a week',
    recordedAt: '2026-11-15T10:00:00.000Z',
    acknowledgedAt: '2026-11-16T09:00:00.000Z',
    acknowledgement: 'Settles with a change of position; monitoring',
    decision: 'cleared',
    visitId: null,
  },
  {
    id: 'rf-2',
    type: 'suspected_stress_fracture',
    note: 'Squeeze test equivocal',
    recordedAt: '2026-11-20T10:00:00.000Z',
    acknowledgedAt: null,
    acknowledgement: '',
    decision: null,
    visitId: null,
  },
];

async function render(
  snap: PlanVersionSnapshot,
  options: Record<string, unknown> = {},
): Promise<ParsedPdf> {
  const out = await renderPlanSummary({
    snapshot: snap,
    versions,
    settings: clinicSettings(),
    options: planSummaryOptionsSchema.parse(options),
    printedOn: '2026-11-22',
    createdAt: new Date('2026-11-22T09:00:00.000Z'),
    loadImage: bank.load,
  });
  qpdfCheck(out.data, 'plan-summary.pdf');
  const pdf = await parsePdf(out.data);
  expect(pdf.pageCount).toBe(out.pageCount);
  return pdf;
}

describe('plan summary', () => {
  it('prints goals, phases and every item with its full parameters and units', async () => {
    const snap = snapshot({ items: heelPainItems(photos), redFlags });
    const text = flat((await render(snap)).text);
    expect(text).toContain('Treatment plan summary');
    expect(text).toContain('Zoë Ünal');
    expect(text).toContain('Born 17 Apr 1988');
    expect(text).toContain('Walk first thing in the morning without limping');
    expect(text).toContain('First-step pain ≤ 2/10');
    for (const phase of snap.phases) expect(text).toContain(phase.title);
    for (const item of snap.phases.flatMap((p) => p.items)) expect(text).toContain(item.title);
    // Modality settings with units, manual therapy, taping, orthoses and assessment findings.
    for (const expected of [
      '3 MHz',
      '1.2 W/cm²',
      'pulsed 20 %',
      'Radial shockwave',
      '2.5 bar',
      '2000',
      '10 Hz',
      'Posterior glide',
      'Talocrural joint',
      'III',
      'Low-dye',
      '48 h',
      'Heel cup',
      'Distance from wall',
      'Number (cm, 0–20), left and right',
      'Positive / negative, left and right — positive is a red flag',
      '3-2-3 s',
      '8 kg',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).toContain('10 times, hold 10 s each, 3 times a day, every day — left leg');
    expect(text).toContain(CLINICIAN_NOTE);
    expect(text).toContain(PATIENT_NOTE);
  });

  it('prints red flags with their acknowledgement, and flags the open one', async () => {
    const text = flat((await render(snapshot({ redFlags }))).text);
    expect(text).toContain('Night pain');
    expect(text).toContain(
      'Cleared after assessment: continue the plan (16 Nov 2026): Settles with a change of position; monitoring',
    );
    expect(text).toContain('Suspected calcaneal stress fracture');
    expect(text).toContain('NOT ACKNOWLEDGED');
    const none = flat((await render(snapshot())).text);
    expect(none).toContain('No red flags recorded.');
  });

  it('prints the version history and marks this version', async () => {
    const text = flat((await render(snapshot())).text);
    expect(text).toContain('Version history');
    expect(text).toContain('14 Nov 2026');
    expect(text).toContain('22 Nov 2026');
    expect(text).toContain('This summary');
    expect(text).toContain('Treatment plan summary · Plan version 3');
  });

  it('prints a long plan in large print on Letter, with every title and a footer on every page', async () => {
    const snap = snapshot({ items: manyItems(60), phases: 3 });
    const pdf = await render(snap, { largePrint: true, paperSize: 'Letter' });
    expect(pdf.pages[0]?.width).toBe(612);
    const text = flat(pdf.text);
    for (const item of snap.phases.flatMap((p) => p.items)) expect(text).toContain(item.title);
    pdf.pages.forEach((page, i) =>
      expect(flat(page.text)).toContain(`Page ${i + 1} of ${pdf.pageCount}`),
    );
  });

  it('is a tagged PDF with title, author and language', async () => {
    const pdf = await render(snapshot({ items: heelPainItems(photos) }), { itemsPerRow: 2 });
    expect(pdf.marked).toBe(true);
    expect(pdf.info['Title']).toBe('Treatment plan summary: Zoë Ünal');
    expect(pdf.info['Author']).toBe('Heel & Sole Physiotherapy');
    expect(pdf.info['Language']).toBe('en');
    for (const role of ['H1', 'H2', 'H3', 'Table', 'TH', 'TD', 'Figure'])
      expect(pdf.roles).toContain(role);
  });
});
