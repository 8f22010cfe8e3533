// Saving a printed document through the core, as the print dialog does: the preview renders the
// document once (pdf.homeProgramme); saving hands its reference back (pdf.output), which
// records the save and returns the same bytes, with no second render. Before the one document
// pipeline, saving rendered the document again, so a save cost one more render.
//
// BENCH pdf.export-preview-render: the render the preview makes (a 12-item home programme).
// BENCH pdf.export-save-after-preview: what saving costs on top of it now.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openTestCore, type TestCore } from '../support/core';
import {
  calfStretch,
  heelDrop,
  nightSplint,
  seedLibraryItem,
  seedPlan,
  towelCurls,
} from '../support/plan-fixtures';
import { measure, report } from './bench-utils';

const ITEMS = 12;

async function issuedVersion(core: TestCore): Promise<string> {
  const library = [heelDrop, calfStretch, towelCurls, nightSplint].map((d) =>
    seedLibraryItem(core, d),
  );
  const items = Array.from({ length: ITEMS }, (_, i) => library[i % library.length] ?? '');
  const { plan } = await seedPlan(core, [{ items }], 'Bench plan');
  const issued = await core.call('plans.issue', { planId: plan.id, revision: plan.revision });
  return issued.version.id;
}

async function main(): Promise<void> {
  // No built-in library (the plan uses the fixtures' items), but the app's own fonts.
  const resourcesDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'physioplan-bench-')), 'r');
  fs.mkdirSync(resourcesDir);
  fs.symlinkSync(
    path.resolve(import.meta.dirname, '../../resources/fonts'),
    path.join(resourcesDir, 'fonts'),
  );
  const core = openTestCore(undefined, { resourcesDir });
  try {
    const planVersionId = await issuedVersion(core);
    const preview = () => core.call('pdf.homeProgramme', { planVersionId, options: {} });
    const render = await measure(preview, 40, 5);
    report('pdf.export-preview-render', render);
    const shown = await preview();
    const save = await measure(
      () => core.call('pdf.output', { documentId: shown.documentId, purpose: 'save' }),
      40,
      5,
    );
    report('pdf.export-save-after-preview', {
      ...save,
      bytes: Buffer.from(shown.dataBase64, 'base64').length,
      // Before: a save rendered the document again (about one preview render).
      before_save_median_ms: render.median_ms,
      renders_per_save_before: 2,
      renders_per_save_after: 1,
    });
  } finally {
    core.close();
  }
}

await main();
