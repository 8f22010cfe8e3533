// Large print: the first page of the home sheet carries the first exercise under the header,
// not the header alone with the exercises starting overleaf.
import { beforeAll, describe, expect, it } from 'vitest';
import { renderHomeProgramme } from '../../electron/core/pdf/home-programme';
import type { ImageRef } from '../../shared/domain/common';
import { homeProgrammeOptionsSchema } from '../../shared/domain/print-options';
import { logo, photo } from '../support/images';
import { clinicSettings, heelPainItems, ImageBank, snapshot } from '../fixtures/plan-snapshots';
import { parsePdf } from '../support/pdf';

const bank = new ImageBank();
let photos: ImageRef[] = [];
let logoRef: ImageRef;

beforeAll(async () => {
  photos = [];
  for (let i = 0; i < 3; i += 1) photos.push(bank.add(await photo({ label: `Photo ${i + 1}` })));
  logoRef = bank.add(await logo());
});

describe('large print home sheet', () => {
  for (const paperSize of ['A4', 'Letter'] as const) {
    it(`puts the first item on page 1 (${paperSize})`, async () => {
      const snap = snapshot({ items: heelPainItems(photos) });
      const out = await renderHomeProgramme({
        snapshot: snap,
        settings: clinicSettings({ logo: logoRef }),
        options: homeProgrammeOptionsSchema.parse({
          largePrint: true,
          paperSize,
          phaseIds: snap.phases.map((p) => p.id),
        }),
        printedOn: '2026-11-22',
        createdAt: new Date('2026-11-22T09:00:00.000Z'),
        loadImage: bank.load,
      });
      const pdf = await parsePdf(out.data);
      const first = pdf.pages[0]?.runs.find((r) => /^1\. /.test(r.text));
      expect(first, 'the first item title on page 1').toBeDefined();
      // …with its dose under it, not the title alone at the foot of the page.
      expect(pdf.pages[0]?.text).toContain('10 times, hold 10 s each');
    });
  }
});
