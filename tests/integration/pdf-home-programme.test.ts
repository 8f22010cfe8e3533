// The patient's home programme, rendered from a snapshot and read back as a patient would.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  renderHomeProgramme,
  type HomeProgrammeInput,
} from '../../electron/core/pdf/home-programme';
import { isHomeKind } from '../../shared/domain/parameters';
import type { ImageRef } from '../../shared/domain/common';
import type { PlanVersionSnapshot } from '../../shared/domain/plan';
import { homeProgrammeOptionsSchema } from '../../shared/domain/print-options';
import { logo, photo } from '../support/images';
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
let logoRef: ImageRef;

beforeAll(async () => {
  photos = [];
  for (let i = 0; i < 3; i += 1) photos.push(bank.add(await photo({ label: `Photo ${i + 1}` })));
  logoRef = bank.add(await logo());
});

async function render(
  snap: PlanVersionSnapshot,
  options: Record<string, unknown> = {},
  overrides: Partial<HomeProgrammeInput> = {},
): Promise<{ pdf: ParsedPdf; pageCount: number; data: Buffer }> {
  const out = await renderHomeProgramme({
    snapshot: snap,
    settings: clinicSettings({ logo: logoRef }),
    options: homeProgrammeOptionsSchema.parse(options),
    printedOn: '2026-11-22',
    createdAt: new Date('2026-11-22T09:00:00.000Z'),
    loadImage: bank.load,
    ...overrides,
  });
  qpdfCheck(out.data, 'home-programme.pdf');
  return { pdf: await parsePdf(out.data), pageCount: out.pageCount, data: out.data };
}

describe('home programme', () => {
  it('prints the patient, every home item with its dose in plain words, and the footer', async () => {
    const snap = snapshot({ items: heelPainItems(photos) });
    const { pdf, pageCount } = await render(snap, { phaseIds: snap.phases.map((p) => p.id) });
    expect(pdf.pageCount).toBe(pageCount);
    const text = flat(pdf.text);
    expect(text).toContain('Zoë Ünal');
    expect(text).toContain('Home exercise programme');
    expect(text).toContain('22 Nov 2026');
    expect(text).toContain('Heel & Sole Physiotherapy');
    const homeItems = snap.phases.flatMap((p) => p.items).filter((i) => isHomeKind(i.kind));
    expect(homeItems).toHaveLength(6);
    for (const item of homeItems) expect(text).toContain(item.title);
    // One set reads as the patient is told it; body weight goes without saying.
    expect(text).toContain('10 times, hold 10 s each, 3 times a day, every day — left leg');
    expect(text).not.toContain('body weight');
    expect(text).toContain(
      '3 sets of 12 with 8 kg, 3 s each way, pause 2 s, rest 2 min between sets, once a day, 3 days a week — both legs',
    );
    expect(text).toContain('3 sets, hold 30 s, twice a day, every day — both legs');
    expect(text).toContain('Rigid tape, Low-dye, keep on for up to 2 days — left side');
    expect(text).toContain('Sit down and cross the painful foot over your other knee.');
    expect(text).toContain('Stretch gently: a pulling feeling is fine, sharp pain is not.');
    expect(text).toContain('When to stop and call us');
    expect(text).toContain('Call Heel & Sole Physiotherapy on +44 117 496 0123');
    pdf.pages.forEach((page, i) => {
      expect(flat(page.text)).toContain(`Page ${i + 1} of ${pageCount}`);
      expect(flat(page.text)).toContain('Zoë Ünal · Home exercise programme · Plan version 3');
      expect(flat(page.text)).toContain(
        'Questions or problems? Call Heel & Sole Physiotherapy on +44 117 496 0123',
      );
    });
  });

  it('prints names in Latin, Greek and Cyrillic letters', async () => {
    for (const [firstName, lastName] of [
      ['Ωmega', 'Αλεξίου'],
      ['Ярослава', 'Шевченко'],
      ['Zoë', 'Ünal-Łukasiewicz'],
    ] as const) {
      const { pdf } = await render(snapshot({ firstName, lastName }));
      expect(flat(pdf.text)).toContain(`${firstName} ${lastName}`);
    }
  });

  it('leaves out clinician notes, clinic-only items and device settings', async () => {
    const { pdf } = await render(snapshot({ items: heelPainItems(photos) }));
    const text = flat(pdf.text);
    expect(text).not.toContain(CLINICIAN_NOTE);
    expect(text).not.toContain('CLINICIAN-ONLY');
    for (const clinicOnly of [
      'Radial shockwave',
      'ultrasound',
      'mobilisation',
      'Knee-to-wall',
      'MHz',
      'W/cm²',
      'bar',
    ]) {
      expect(text).not.toContain(clinicOnly);
    }
  });

  it('prints the notes written for this patient by default, and not when switched off', async () => {
    const { pdf } = await render(snapshot());
    expect(flat(pdf.text)).toContain(`Note from your physiotherapist: ${PATIENT_NOTE}`);
    expect(flat(pdf.text)).not.toContain(CLINICIAN_NOTE);
    const without = await render(snapshot(), { includeItemNotes: false });
    expect(flat(without.pdf.text)).not.toContain(PATIENT_NOTE);
  });

  it('never prints library summaries or where an item was imported from', async () => {
    const imported = heelPainItems().map((item) =>
      item.kind === 'exercise'
        ? {
            ...item,
            summary:
              'Strength exercise for the calves. Imported from free-exercise-db; check the dose and wording before giving it to a patient.',
          }
        : item,
    );
    const text = flat((await render(snapshot({ items: imported }))).pdf.text);
    expect(text).toContain('Heavy slow heel raises on a step');
    expect(text).not.toContain('free-exercise-db');
    expect(text).not.toContain('Imported from');
    expect(text).not.toContain('Strength exercise for the calves');
  });

  it('prints an exercise progression only when the clinician chooses', async () => {
    const items = heelPainItems().map((item) =>
      item.kind === 'exercise' && item.title.startsWith('Heavy slow')
        ? { ...item, parameters: { ...item.parameters, progression: 'Add 2 kg each week.' } }
        : item,
    );
    expect(flat((await render(snapshot({ items }))).pdf.text)).not.toContain('Add 2 kg');
    const chosen = await render(snapshot({ items }), { includeProgression: true });
    expect(flat(chosen.pdf.text)).toContain('When it gets easy: Add 2 kg each week.');
  });

  it('never names a red flag or a differential diagnosis, open or cleared', async () => {
    const flagged = snapshot({
      redFlags: [
        {
          id: 'rf-1',
          type: 'suspected_stress_fracture',
          note: 'Positive squeeze test',
          recordedAt: '2026-11-21T10:00:00.000Z',
          acknowledgedAt: '2026-11-21T11:00:00.000Z',
          acknowledgement: 'MRI clear',
          decision: 'cleared',
          visitId: null,
        },
      ],
    });
    const text = flat((await render(flagged)).pdf.text);
    expect(text).not.toContain('keeping a check');
    expect(text).not.toMatch(/stress fracture|calcaneal|Positive squeeze/i);
    // The patient still gets the warning signs for their condition, in plain words.
    expect(text).toContain('When to stop and call us');
    expect(text).toContain('Heel pain wakes you at night.');
  });

  it('refuses a version with nothing to do at home', async () => {
    const clinicOnly = heelPainItems().filter((i) => !isHomeKind(i.kind));
    await expect(render(snapshot({ items: clinicOnly }))).rejects.toMatchObject({
      code: 'VALIDATION',
    });
  });

  it('links a QR code to each video and shows the photos', async () => {
    const { pdf } = await render(snapshot({ items: heelPainItems(photos) }));
    const links = pdf.pages.flatMap((p) => p.links);
    expect(links).toEqual(
      expect.arrayContaining([
        'https://videos.heelandsole.example/plantar-fascia-stretch',
        'https://videos.heelandsole.example/heel-raises',
      ]),
    );
    expect(flat(pdf.text)).toContain('Scan to watch the video');
    // Logo plus one photo for each of the three items that have one.
    expect(pdf.pages.reduce((sum, p) => sum + p.images, 0)).toBe(4);
    expect(pdf.figureAlts).toEqual(expect.arrayContaining(['Photo: Plantar fascia stretch']));
  });

  it('prints without photos when asked', async () => {
    const { pdf } = await render(snapshot({ items: heelPainItems(photos) }), {
      includeImages: false,
    });
    expect(pdf.pages.reduce((sum, p) => sum + p.images, 0)).toBe(1); // the clinic logo only
  });

  it('adds a weekly diary with a tick box per exercise per day and the first-step pain', async () => {
    const { pdf } = await render(snapshot(), { adherenceWeeks: 3 });
    const text = flat(pdf.text);
    expect(text).toContain('Your exercise diary');
    expect(text).toContain('Week 1: 22 Nov 2026 to 28 Nov 2026');
    expect(text).toContain('Week 3: 6 Dec 2026 to 12 Dec 2026');
    expect(text.match(/Pain on your first steps this morning \(0–10\)/g)).toHaveLength(3);
    expect(text).toContain('1. Plantar fascia stretch');
    const none = await render(snapshot(), { adherenceWeeks: 0 });
    expect(flat(none.pdf.text)).not.toContain('Your exercise diary');
  });

  it('is a tagged PDF with title, author and language', async () => {
    const { pdf } = await render(snapshot());
    expect(pdf.marked).toBe(true);
    expect(pdf.info['Title']).toBe('Home exercise programme for Zoë Ünal');
    expect(pdf.info['Author']).toBe('Heel & Sole Physiotherapy');
    expect(pdf.info['Language']).toBe('en');
    expect(pdf.info['PDFFormatVersion']).toBe('1.7');
    for (const role of ['Document', 'H1', 'H2', 'P', 'L', 'LI', 'Table', 'TR', 'TH'])
      expect(pdf.roles).toContain(role);
  });

  it('prints on Letter or A4, in large print, one or two items to a row', async () => {
    const snap = snapshot({ items: manyItems(20, photos) });
    const a4 = await render(snap, { adherenceWeeks: 0 });
    expect([a4.pdf.pages[0]?.width, a4.pdf.pages[0]?.height]).toEqual([595.28, 841.89]);
    const letter = await render(snap, { paperSize: 'Letter', adherenceWeeks: 0 });
    expect([letter.pdf.pages[0]?.width, letter.pdf.pages[0]?.height]).toEqual([612, 792]);
    const two = await render(snap, { itemsPerRow: 2, adherenceWeeks: 0 });
    const titleRun = (pdf: ParsedPdf, prefix: string) =>
      pdf.pages[0]?.runs.find((r) => r.text.startsWith(prefix));
    const [first, second] = [titleRun(two.pdf, '1. Plantar'), titleRun(two.pdf, '2. Calf')];
    expect(first?.y).toBeCloseTo(second?.y ?? 0, 0);
    expect((second?.x ?? 0) - (first?.x ?? 0)).toBeGreaterThan(200);
    const [firstWide, secondWide] = [titleRun(a4.pdf, '1. Plantar'), titleRun(a4.pdf, '2. Calf')];
    expect(firstWide?.y).toBeGreaterThan((secondWide?.y ?? 0) + 100);
    const large = await render(snap, { largePrint: true, adherenceWeeks: 0 });
    expect(large.pageCount).toBeGreaterThan(a4.pageCount);
    const bodySizes = (pdf: ParsedPdf) =>
      pdf.pages.flatMap((p) =>
        p.runs.filter((r) => r.text.startsWith('Sit down and cross')).map((r) => r.size),
      );
    expect(Math.min(...bodySizes(large.pdf))).toBeGreaterThanOrEqual(16);
    expect(Math.max(...bodySizes(a4.pdf))).toBeLessThan(12);
  });

  it('prints a 200-item plan, never leaving an item or phase title at the foot of a page', async () => {
    const items = manyItems(200, photos);
    const snap = snapshot({ items, phases: 4 });
    const { pdf, pageCount } = await render(snap, {
      adherenceWeeks: 1,
      phaseIds: snap.phases.map((p) => p.id),
    });
    expect(pageCount).toBeGreaterThan(30);
    const text = flat(pdf.text);
    const home = items.filter((i) => isHomeKind(i.kind));
    expect(home).toHaveLength(120);
    for (const item of home) expect(text).toContain(item.title);
    for (const page of pdf.pages) {
      const headings = /^(\d+\. |Build strength|Settle the pain)/;
      const titles = page.runs.filter((r) => headings.test(r.text) && r.size > 12);
      for (const title of titles) {
        // Something of the item or phase is printed below its title on the same page, above
        // the footer.
        const below = page.runs.filter((r) => r.y < title.y - 2 && r.y > 60);
        expect(below.length, `content under "${title.text}"`).toBeGreaterThan(0);
      }
    }
  });

  it('gives the same bytes for the same input', async () => {
    const snap = snapshot({ items: heelPainItems(photos) });
    const a = await render(snap);
    const b = await render(snap);
    expect(a.data.equals(b.data)).toBe(true);
  });
});
