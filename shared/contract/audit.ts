// The audit trail: checking the chain, reading it (all of it or one patient's) and a CSV copy.
import { z } from 'zod';
import { method } from './define';
import { idSchema } from '../domain/common';
import {
  auditListInputSchema,
  auditVerificationSchema,
  namedAuditPageSchema,
} from '../domain/audit';

export const auditMethods = {
  'audit.verify': method(z.object({}), auditVerificationSchema),
  /** Newest first, each entry with its patient's name and what it is about. */
  'audit.list': method(auditListInputSchema, namedAuditPageSchema),
  'audit.exportCsv': method(
    z.object({ patientId: idSchema.optional() }),
    z.object({ fileName: z.string(), csv: z.string(), rows: z.int().nonnegative() }),
  ),
};
