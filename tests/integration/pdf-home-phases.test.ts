// Which phases a home sheet covers: the patient's current phase unless the clinician chooses
// others, and a diary that lists only the exercises of the printed phases (issue 16 item 5).
import { describe, expect, it } from 'vitest';
import { renderHomeProgramme } from '../../electron/core/pdf/home-programme';
import type { ItemContent } from '../../shared/domain/library';
import type { PlanVersionSnapshot } from '../../shared/domain/plan';
import { homeProgrammeOptionsSchema } from '../../shared/domain/print-options';
import { clinicSettings, heelPainItems, ImageBank, snapshot } from '../fixtures/plan-snapshots';
import { flat, parsePdf } from '../support/pdf';

const bank = new ImageBank();

/** Phase 1: a stretch, tape put on in clinic, an education leaflet and a clinic modality.
 *  Phase 2: two strengthening exercises. */
function twoPhasePlan(currentPhaseId?: string): PlanVersionSnapshot {
  const items = heelPainItems();
  const byTitle = (title: string) => {
    const found = items.find((i) => i.title === title);
    if (!found) throw new Error(`No fixture item ${title}`);
    return found;
  };
  const phaseOne: ItemContent[] = [
    byTitle('Plantar fascia stretch'),
    byTitle('Low-dye taping for the arch'),
    byTitle('Why your heel hurts most in the morning'),
    byTitle('Radial shockwave to the heel'),
  ];
  const phaseTwo: ItemContent[] = [
    byTitle('Calf stretch with the knee straight'),
    byTitle('Heavy slow heel raises on a step'),
  ];
  const base = snapshot({ items: [...phaseOne, ...phaseTwo], phases: 1 });
  const [only] = base.phases;
  if (!only) throw new Error('No phase');
  const itemsOf = (list: ItemContent[], phaseId: string) =>
    only.items
      .filter((item) => list.some((c) => c.title === item.title))
      .map((item) => ({ ...item, phaseId }));
  return {
    ...base,
    phases: [
      {
        ...only,
        id: 'phase-1',
        title: 'Weeks 0–2: settle the pain',
        items: itemsOf(phaseOne, 'phase-1'),
      },
      {
        ...only,
        id: 'phase-2',
        title: 'Weeks 2–6: start loading',
        items: itemsOf(phaseTwo, 'phase-2'),
      },
    ],
    ...(currentPhaseId ? { currentPhaseId } : {}),
  };
}

async function sheet(snap: PlanVersionSnapshot, options: Record<string, unknown> = {}) {
  const out = await renderHomeProgramme({
    snapshot: snap,
    settings: clinicSettings(),
    options: homeProgrammeOptionsSchema.parse({ adherenceWeeks: 1, ...options }),
    printedOn: '2026-11-22',
    createdAt: new Date('2026-11-22T09:00:00.000Z'),
    loadImage: bank.load,
  });
  const pdf = await parsePdf(out.data);
  const diaryFrom = pdf.pages.findIndex((p) => flat(p.text).includes('Your exercise diary'));
  return {
    all: flat(pdf.text),
    diary:
      diaryFrom < 0
        ? ''
        : flat(
            pdf.pages
              .slice(diaryFrom)
              .map((p) => p.text)
              .join('\n'),
          ),
  };
}

describe('home sheet by phase', () => {
  it('prints the current phase by default, and its diary lists only that phase’s exercises', async () => {
    const { all, diary } = await sheet(twoPhasePlan('phase-1'));
    expect(all).toContain('Phase Weeks 0–2: settle the pain');
    expect(all).toContain('Plantar fascia stretch');
    expect(all).toContain('Low-dye taping for the arch');
    expect(all).not.toContain('Calf stretch with the knee straight');
    expect(all).not.toContain('Heavy slow heel raises on a step');
    expect(diary).toContain('1. Plantar fascia stretch');
    // Tape put on in clinic and leaflets are on the sheet but have no diary row.
    expect(diary).not.toContain('Low-dye taping');
    expect(diary).not.toContain('Why your heel hurts');
    expect(diary).not.toContain('Calf stretch');
  });

  it('prints the phase the patient has moved on to', async () => {
    const { all, diary } = await sheet(twoPhasePlan('phase-2'));
    expect(all).toContain('Phase Weeks 2–6: start loading');
    expect(all).not.toContain('Plantar fascia stretch');
    expect(diary).toContain('1. Calf stretch with the knee straight');
    expect(diary).toContain('2. Heavy slow heel raises on a step');
  });

  it('prints the first phase of a version issued before plans had a current phase', async () => {
    const { all } = await sheet(twoPhasePlan());
    expect(all).toContain('Plantar fascia stretch');
    expect(all).not.toContain('Heavy slow heel raises on a step');
  });

  it('adds the next phase when chosen, each under its heading, in the plan’s order', async () => {
    const { all, diary } = await sheet(twoPhasePlan('phase-1'), {
      phaseIds: ['phase-2', 'phase-1'],
    });
    expect(all).toContain('Phases Weeks 0–2: settle the pain; Weeks 2–6: start loading');
    expect(all.indexOf('Weeks 0–2: settle the pain')).toBeLessThan(
      all.indexOf('Weeks 2–6: start loading'),
    );
    expect(diary).toContain('Plantar fascia stretch');
    expect(diary).toContain('Heavy slow heel raises on a step');
    expect(diary).not.toContain('Low-dye taping');
  });

  it('refuses a phase that is not in the version, or a phase with nothing for home', async () => {
    await expect(sheet(twoPhasePlan('phase-1'), { phaseIds: ['phase-9'] })).rejects.toThrow(
      /does not have one of the phases chosen to print/,
    );
    const clinicOnly = twoPhasePlan('phase-1');
    const [first, second] = clinicOnly.phases;
    if (!first || !second) throw new Error('two phases');
    clinicOnly.phases = [
      { ...first, items: first.items.filter((i) => i.kind === 'modality') },
      second,
    ];
    await expect(sheet(clinicOnly)).rejects.toThrow(
      /The phase “Weeks 0–2: settle the pain” of version 3 has no exercises.*Choose another phase/,
    );
  });
});
