// Contract methods for printed documents; the rendered ones are kept in this core's store.
// The PDF engine (pdfkit, fontkit and their data) is loaded on the first document, not while
// the app starts: most launches print nothing before the first screen is up.
import type { pdfMethods } from '../../../shared/contract/pdf';
import type { HandlerMap } from '../../../shared/api';
import type { CoreContext } from '../context';
import { DocumentStore } from './document-store';

const pdfService = () => import('./pdf-service');

export function pdfHandlers(ctx: CoreContext): Pick<HandlerMap, keyof typeof pdfMethods> {
  // One store per open database: a restore or import lets go of every kept document.
  const store = new DocumentStore({ clock: ctx.clock });
  return {
    'pdf.homeProgramme': async (input) =>
      (await pdfService()).renderHomeProgrammeDocument(ctx, store, input),
    'pdf.planSummary': async (input) =>
      (await pdfService()).renderPlanSummaryDocument(ctx, store, input),
    'pdf.visitSummary': async (input) =>
      (await pdfService()).renderVisitSummaryDocument(ctx, store, input),
    'pdf.output': async (input) => (await pdfService()).outputDocument(ctx, store, input),
  };
}
