// What both documents of an issued plan version (home programme, plan summary) are printed
// from, and the writer they share: the clinic's paper, the patient and the version in the file.
import type { PlanVersionSnapshot } from '../../../shared/domain/plan';
import type { PrintOptions } from '../../../shared/domain/print-options';
import type { ClinicSettings } from '../../../shared/domain/settings';
import type { ImageLoader } from './clinic-header';
import type { DocumentWords, Worded } from './document-language';
import { PdfWriter } from './pdf-document';

export interface PlanDocumentInput {
  snapshot: PlanVersionSnapshot;
  settings: ClinicSettings;
  /** The date printed on the document (YYYY-MM-DD). */
  printedOn: string;
  createdAt: Date;
  loadImage: ImageLoader;
  /** resources/fonts; found next to the code when absent. */
  fontsDir?: string | undefined;
  /** The document's language and its words; English when unset. */
  words?: DocumentWords | undefined;
}

/** A writer for one plan document; `title` is the file's title ("Home exercise programme for …"). */
export function planDocumentWriter(
  input: Worded<PlanDocumentInput>,
  options: Pick<PrintOptions, 'paperSize' | 'largePrint'>,
  title: string,
): PdfWriter {
  const { snapshot, settings } = input;
  return new PdfWriter({
    paper: options.paperSize ?? settings.paperSize,
    largePrint: options.largePrint,
    title,
    author: settings.clinicName || settings.clinicianName || 'Physioplan',
    subject: input.words.t('pdf:common.planVersion', {
      plan: snapshot.title,
      version: snapshot.versionNumber,
    }),
    lang: input.words.language,
    createdAt: input.createdAt,
    fontsDir: input.fontsDir,
  });
}
