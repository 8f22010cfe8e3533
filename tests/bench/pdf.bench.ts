// PDF speed and size:
// - a 12-item home programme with 12 photos, rendered by our pdfkit documents (target: median
//   ≤ 100 ms);
// - the same content as HTML printed by Chromium's page.pdf() (how most Electron apps make
//   PDFs), and how many times faster ours is (target ≥ 10×);
// - a 100-page plan summary in a process of its own: time and peak memory (target ≤ 250 MB).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { renderHomeProgramme } from '../../electron/core/pdf/home-programme';
import type { ImageRef } from '../../shared/domain/common';
import { homeProgrammeOptionsSchema } from '../../shared/domain/print-options';
import { logo, photo } from '../support/images';
import { clinicSettings, heelPainItems, ImageBank, snapshot } from '../fixtures/plan-snapshots';
import { measure, report } from './bench-utils';
import { homeProgrammeHtml } from './pdf-html';

const CHROMIUM = '/usr/bin/chromium';
const SUMMARY_ITEMS = 290; // about 100 pages

const bank = new ImageBank();
const photos: ImageRef[] = [];
for (let i = 0; i < 12; i += 1)
  photos.push(bank.add(await photo({ label: `Photo ${i + 1}`, width: 1024, height: 768 })));
const settings = clinicSettings({ logo: bank.add(await logo()) });

// Twelve home items (exercises, taping, orthoses, education), each with its own photo.
const homeKinds = heelPainItems().filter((i) =>
  ['exercise', 'taping', 'orthosis', 'education'].includes(i.kind),
);
const items = Array.from({ length: 12 }, (_, i) => {
  const base = homeKinds[i % homeKinds.length];
  if (!base) throw new Error('no home items in the fixture');
  return { ...base, title: `${base.title} (${i + 1})`, images: [photos[i] as ImageRef] };
});
const snap = snapshot({ items, phases: 1 });
const options = homeProgrammeOptionsSchema.parse({});

let pages = 0;
let bytes = 0;
const ours = await measure(
  async () => {
    const out = await renderHomeProgramme({
      snapshot: snap,
      settings,
      options,
      printedOn: '2026-11-22',
      createdAt: new Date('2026-11-22T09:00:00.000Z'),
      loadImage: bank.load,
    });
    pages = out.pageCount;
    bytes = out.data.length;
  },
  40,
  5,
);
report('pdf.home-programme-12-items-12-photos', { ...ours, pages, bytes, target_median_ms: 100 });

if (fs.existsSync(CHROMIUM)) {
  const html = await homeProgrammeHtml(snap, settings, bank.load);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'physioplan-bench-chromium-'));
  const launchStart = performance.now();
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const launchMs = performance.now() - launchStart;
  let chromiumBytes = 0;
  const print = async (page: Page) => {
    await page.setContent(html, { waitUntil: 'load' });
    const pdf = await page.pdf({
      format: 'A4',
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate:
        '<div style="font-size:8pt;width:100%;text-align:right;margin-right:14mm">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>',
    });
    chromiumBytes = pdf.length;
  };
  // What an Electron app does per export: a fresh hidden window (here a page), load, print, close.
  const perExport = await measure(
    async () => {
      const page = await context.newPage();
      await print(page);
      await page.close();
    },
    15,
    3,
  );
  // Chromium's best case: one page kept open and reused for every export.
  const reused = await context.newPage();
  const warm = await measure(() => print(reused), 15, 3);
  await context.close();
  fs.rmSync(profile, { recursive: true, force: true });
  const ratio = (other: number) => Math.round((other / ours.median_ms) * 10) / 10;
  report('pdf.home-programme-12-items-chromium-new-page-per-export', {
    ...perExport,
    bytes: chromiumBytes,
    browser_launch_ms: Math.round(launchMs),
  });
  report('pdf.home-programme-12-items-chromium-reused-page', { ...warm, bytes: chromiumBytes });
  report('pdf.home-programme-speedup-vs-chromium', {
    ratio_vs_new_page_per_export: ratio(perExport.median_ms),
    ratio_vs_reused_page: ratio(warm.median_ms),
    ratio_vs_cold_browser: ratio(perExport.median_ms + launchMs),
    target_ratio: 10,
  });
} else {
  console.log(
    `BENCH-SKIPPED chromium comparison: ${CHROMIUM} is missing (apt-get install chromium)`,
  );
}

// The long summary runs in a child process so the memory figure is the document's alone.
const photoDir = fs.mkdtempSync(path.join(os.tmpdir(), 'physioplan-bench-photos-'));
const photoFiles = photos.slice(0, 4).map((ref, i) => {
  const file = path.join(photoDir, `photo-${i}.jpg`);
  fs.writeFileSync(file, bank.load(ref) ?? Buffer.alloc(0));
  return file;
});
const child = execFileSync(
  process.execPath,
  [
    '--import',
    'tsx',
    path.join(import.meta.dirname, 'pdf-summary-child.ts'),
    String(SUMMARY_ITEMS),
    ...photoFiles,
  ],
  { encoding: 'utf8' },
);
fs.rmSync(photoDir, { recursive: true, force: true });
const summary = JSON.parse(child.trim().split('\n').at(-1) ?? '{}') as Record<string, number>;
report('pdf.plan-summary-100-pages', {
  median_ms: summary['ms'],
  runs: 1,
  pages: summary['pages'],
  bytes: summary['bytes'],
  peak_rss_mb: summary['peakRssMb'],
  rss_before_render_mb: summary['baselineRssMb'],
  target_peak_rss_mb: 250,
});
