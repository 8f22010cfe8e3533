// Run by pdf.bench.ts in a process of its own, so its peak memory is the summary's alone (no
// sharp, no test runner): renders one long plan summary with the photos the parent wrote to
// disk and prints { ms, pages, bytes, baselineRssMb, peakRssMb }.
import fs from 'node:fs';
import { createHash } from 'node:crypto';
import { renderPlanSummary } from '../../electron/core/pdf/plan-summary';
import { planSummaryOptionsSchema } from '../../shared/domain/print-options';
import { clinicSettings, ImageBank, manyItems, snapshot } from '../fixtures/plan-snapshots';

const [itemArg = '290', ...photoFiles] = process.argv.slice(2);
const itemCount = Number(itemArg);
const bank = new ImageBank();
const photos = photoFiles.map((file) => {
  const data = fs.readFileSync(file);
  const sha256 = createHash('sha256').update(data).digest('hex');
  return bank.add({ ref: { sha256, mimeType: 'image/jpeg', width: 1024, height: 768 }, data });
});
const snap = snapshot({ items: manyItems(itemCount, photos), phases: 6 });
const versions = [1, 2, 3].map((n) => ({
  id: `v${n}`,
  planId: snap.planId,
  versionNumber: n,
  issuedAt: snap.issuedAt,
  itemCount,
}));
const baselineRssMb = process.resourceUsage().maxRSS / 1024;
const start = performance.now();
const out = await renderPlanSummary({
  snapshot: snap,
  versions,
  settings: clinicSettings(),
  options: planSummaryOptionsSchema.parse({}),
  printedOn: '2026-11-22',
  createdAt: new Date('2026-11-22T09:00:00.000Z'),
  loadImage: bank.load,
});
const ms = performance.now() - start;
console.log(
  JSON.stringify({
    ms: Math.round(ms * 10) / 10,
    pages: out.pageCount,
    bytes: out.data.length,
    baselineRssMb: Math.round(baselineRssMb),
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  }),
);
