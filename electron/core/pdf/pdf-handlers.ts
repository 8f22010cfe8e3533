// Contract methods for printed documents; the rendered ones are kept in this core's store.
import type { pdfMethods } from '../../../shared/contract/pdf';
import type { HandlerMap } from '../api/dispatch';
import type { CoreContext } from '../context';
import { DocumentStore } from './document-store';
import {
  outputDocument,
  renderHomeProgrammeDocument,
  renderPlanSummaryDocument,
  renderVisitSummaryDocument,
} from './pdf-service';

export function pdfHandlers(ctx: CoreContext): Pick<HandlerMap, keyof typeof pdfMethods> {
  // One store per open database: a restore or import lets go of every kept document.
  const store = new DocumentStore({ clock: ctx.clock });
  return {
    'pdf.homeProgramme': (input) => renderHomeProgrammeDocument(ctx, store, input),
    'pdf.planSummary': (input) => renderPlanSummaryDocument(ctx, store, input),
    'pdf.visitSummary': ({ visitId }) => renderVisitSummaryDocument(ctx, store, visitId),
    'pdf.output': (input) => outputDocument(ctx, store, input),
  };
}
