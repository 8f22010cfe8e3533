// The audit trail: checking the chain, reading it (all of it or one patient's) and a CSV copy.
import { z } from 'zod';
import { method } from './define';
import { idSchema } from '../domain/common';
import { auditListInputSchema, auditPageSchema, auditVerificationSchema } from '../domain/audit';

export const auditMethods = {
  'audit.verify': method(z.object({}), auditVerificationSchema),
  'audit.list': method(auditListInputSchema, auditPageSchema),
  'audit.exportCsv': method(
    z.object({ patientId: idSchema.optional() }),
    z.object({ fileName: z.string(), csv: z.string(), rows: z.int().nonnegative() }),
  ),
};
