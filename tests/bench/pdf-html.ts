// The home programme as an HTML page, for the comparison benchmark: the same content (clinic
// header, items with photo, dose, steps, cautions and QR code, the stop box, the diary) printed
// the way most Electron apps make PDFs, by Chromium's page.pdf().
import QRCode from 'qrcode';
import { isHomeKind } from '../../shared/domain/parameters';
import type { PlanVersionSnapshot } from '../../shared/domain/plan';
import type { ClinicSettings } from '../../shared/domain/settings';
import type { ImageLoader } from '../../electron/core/pdf/clinic-header';
import { doseText } from '../../shared/plans/dose-text';

const escape = (text: string) =>
  text.replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c,
  );

const css = `
  @page { size: A4; margin: 14mm 14mm 18mm; }
  body { font-family: 'DejaVu Sans', sans-serif; font-size: 10pt; color: #1b1f23; }
  header { display: flex; justify-content: space-between; border-bottom: 1.2pt solid #0b6e79; }
  h1 { color: #0b6e79; font-size: 19pt; } h2 { color: #0b6e79; font-size: 13.5pt; margin: 0 0 4pt; }
  .card { border: 0.75pt solid #c9d1d9; border-radius: 4pt; padding: 8pt; margin: 8pt 0;
          display: flex; gap: 12pt; break-inside: avoid; }
  .side { width: 160pt; } .side img { width: 160pt; } .dose { background: #e7f3f4;
          border-left: 3pt solid #0b6e79; padding: 5pt; font-weight: bold; }
  .care { background: #fff4e5; border-left: 3pt solid #9a4b00; padding: 5pt; }
  .stop { border: 1.5pt solid #b42318; background: #fdf0ef; padding: 8pt; break-inside: avoid; }
  table { border-collapse: collapse; width: 100%; } td, th { border: 0.5pt solid #6e7781; font-size: 8pt; }
  .box { display: inline-block; width: 10pt; height: 10pt; border: 0.9pt solid #6e7781; }
`;

export async function homeProgrammeHtml(
  snapshot: PlanVersionSnapshot,
  settings: ClinicSettings,
  loadImage: ImageLoader,
): Promise<string> {
  const items = snapshot.phases.flatMap((p) => p.items).filter((i) => isHomeKind(i.kind));
  const cards: string[] = [];
  for (const [n, item] of items.entries()) {
    const images = item.images
      .map((ref) => loadImage(ref))
      .filter((data): data is Buffer => data !== undefined)
      .map((data) => `<img src="data:image/jpeg;base64,${data.toString('base64')}" alt="">`)
      .join('');
    const qr = item.videoUrl
      ? await QRCode.toString(item.videoUrl, { type: 'svg', margin: 0, width: 56 })
      : '';
    cards.push(`<section class="card"><div class="side">${images}${qr}</div><div>
      <h2>${n + 1}. ${escape(item.title)}</h2><div class="dose">${escape(doseText(item, 'en'))}</div>
      <p><i>${escape(item.summary)}</i></p>
      <ol>${item.instructions.map((s) => `<li>${escape(s)}</li>`).join('')}</ol>
      ${item.cautions.length ? `<div class="care"><b>Take care</b><ul>${item.cautions.map((c) => `<li>${escape(c)}</li>`).join('')}</ul></div>` : ''}
    </div></section>`);
  }
  const days = Array.from({ length: 7 }, (_, i) => `<th>Day ${i + 1}</th>`).join('');
  const rows = items
    .map(
      (item, n) =>
        `<tr><td>${n + 1}. ${escape(item.title)}</td>${'<td><span class="box"></span></td>'.repeat(7)}</tr>`,
    )
    .join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Home exercise programme</title>
    <style>${css}</style></head><body>
    <header><div></div><div><b>${escape(settings.clinicName)}</b><br>${escape(settings.phone)}</div></header>
    <h1>Home exercise programme</h1>
    <p>Prepared for <b>${escape(snapshot.patient.firstName)} ${escape(snapshot.patient.lastName)}</b>,
      plan version ${snapshot.versionNumber}</p>
    ${cards.join('')}
    <div class="stop"><h2>When to stop and call us</h2><p>Call ${escape(settings.clinicName)} on ${escape(settings.phone)}.</p></div>
    <h1 style="break-before: page">Your exercise diary</h1>
    <table><tr><th>Exercise</th>${days}</tr>${rows}</table>
    </body></html>`;
}
