// Contract methods for printed documents.
import type { pdfMethods } from '../../../shared/contract/pdf';
import type { HandlerMap } from '../../../shared/api';
import type { CoreContext } from '../context';
import { printHomeProgramme, printPlanSummary } from './pdf-service';

export function pdfHandlers(ctx: CoreContext): Pick<HandlerMap, keyof typeof pdfMethods> {
  return {
    'pdf.homeProgramme': (input) => printHomeProgramme(ctx, input),
    'pdf.planSummary': (input) => printPlanSummary(ctx, input),
  };
}
