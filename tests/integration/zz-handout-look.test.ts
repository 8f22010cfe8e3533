import fs from 'node:fs';
import { it } from 'vitest';
import { documentWords } from '../../electron/core/pdf/document-language';
import { renderHomeProgramme } from '../../electron/core/pdf/home-programme';
import { renderPlanSummary } from '../../electron/core/pdf/plan-summary';
import { defaultResourcesDir } from '../../electron/core/resources';
import { homeProgrammeOptionsSchema, planSummaryOptionsSchema } from '../../shared/domain/print-options';
import { uiLanguages } from '../../shared/i18n';
import { clinicSettings, heelPainItems, ImageBank, snapshot } from '../fixtures/plan-snapshots';
import { withSpanish } from '../support/spanish-items';

it('writes the PDFs to look at', async () => {
  const bank = new ImageBank();
  const snap = snapshot({ items: withSpanish(heelPainItems()) });
  for (const language of uiLanguages) {
    const out = await renderHomeProgramme({
      snapshot: snap,
      settings: clinicSettings(),
      options: homeProgrammeOptionsSchema.parse({ phaseIds: snap.phases.map((p) => p.id), itemsPerRow: 2 }),
      printedOn: '2026-12-04',
      createdAt: new Date('2026-12-04T09:00:00.000Z'),
      loadImage: bank.load,
      words: documentWords(language, defaultResourcesDir()),
    });
    fs.writeFileSync(`/tmp/handout/pdfs/home-${language}.pdf`, out.data);
  }
  const summary = await renderPlanSummary({
    snapshot: snap,
    settings: clinicSettings(),
    versions: [{ id: 'v3', planId: 'plan-0001', versionNumber: 3, issuedAt: '2026-11-22T09:00:00.000Z', itemCount: 10 }],
    options: planSummaryOptionsSchema.parse({}),
    printedOn: '2026-12-04',
    createdAt: new Date('2026-12-04T09:00:00.000Z'),
    loadImage: bank.load,
    words: documentWords('de', defaultResourcesDir()),
  });
  fs.writeFileSync('/tmp/handout/pdfs/summary-de.pdf', summary.data);
}, 120_000);
