// The recovery key sheet: the key in large, spaced characters and as a QR code, with what it
// is for and where to keep it. Printed once at setup (or when a new key is made).
import QRCode from 'qrcode';
import { formatDate, translatorFor, type UiLanguage } from '../../../shared/i18n';
import { PdfWriter } from '../pdf/pdf-document';

export interface RecoveryKeySheet {
  clinicName: string;
  recoveryKey: string;
  createdAt: Date;
  fontsDir?: string | undefined;
  /** The language of the sheet's words (the clinic's screens); English when unset. */
  language?: UiLanguage | undefined;
}

export async function recoveryKeyPdf(sheet: RecoveryKeySheet): Promise<Buffer> {
  const language = sheet.language ?? 'en';
  const t = translatorFor(language);
  const writer = new PdfWriter({
    paper: 'A4',
    largePrint: false,
    title: t('pdf:recovery.title'),
    author: sheet.clinicName || 'Physioplan',
    subject: t('pdf:recovery.subject'),
    lang: language,
    createdAt: sheet.createdAt,
    fontsDir: sheet.fontsDir,
  });
  const { doc } = writer;
  doc.addPage();
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  doc
    .font('bold')
    .fontSize(20)
    .fillColor('#000')
    .text(t('pdf:recovery.title'), left, 60, { width });
  if (sheet.clinicName) doc.font('regular').fontSize(12).text(sheet.clinicName, { width });
  doc.moveDown(1);
  doc.font('regular').fontSize(11).text(t('pdf:recovery.what'), { width });
  doc.moveDown(1.2);
  const groups = sheet.recoveryKey.split('-');
  const lines = [groups.slice(0, 4).join('  '), groups.slice(4).join('  ')];
  doc.font('bold').fontSize(24);
  for (const line of lines) doc.text(line, { width, characterSpacing: 3 });
  doc.moveDown(1);
  // The QR code drawn as squares: no image to decode, sharp at any print size.
  const qr = QRCode.create(sheet.recoveryKey, { errorCorrectionLevel: 'M' });
  const size = qr.modules.size;
  const cell = 4;
  const top = doc.y;
  doc.save().fillColor('#000');
  for (let row = 0; row < size; row += 1) {
    for (let col = 0; col < size; col += 1) {
      if (qr.modules.get(row, col))
        doc.rect(left + col * cell, top + row * cell, cell, cell).fill();
    }
  }
  doc.restore();
  doc.y = top + size * cell + 20;
  doc
    .font('regular')
    .fontSize(11)
    .text(
      t('pdf:recovery.use', {
        date: formatDate(sheet.createdAt.toISOString().slice(0, 10), language),
      }),
      left,
      doc.y,
      { width },
    );
  const out = await writer.finish({
    left: t('pdf:recovery.title'),
    second: sheet.clinicName,
    pageOf: (page, pages) => t('pdf:common.pageOf', { page, pages }),
  });
  return out.data;
}
