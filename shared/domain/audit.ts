// The audit trail as the renderer sees it: what changed and when, never the clinical text.
import { z } from 'zod';
import { idSchema, timestampSchema, unreadableCountSchema } from './common';

export const auditEntities = [
  'patient',
  'plan',
  'plan_version',
  'visit',
  'settings',
  'library_item',
  'backup',
  'clinician',
  'clinic_key',
] as const;
export type AuditEntity = (typeof auditEntities)[number];
export const auditActions = [
  'create',
  'update',
  'archive',
  'restore',
  'issue',
  'amend',
  'print',
  'export',
  'import',
  'sign_in',
  'encrypt',
  'rekey',
] as const;
export type AuditAction = (typeof auditActions)[number];

export const auditEntrySchema = z.object({
  seq: z.int().positive(),
  at: timestampSchema,
  entity: z.string(),
  entityId: z.string(),
  patientId: z.string().nullable(),
  action: z.string(),
  fields: z.array(z.string()),
  /** Who did it; null for entries made by Physioplan itself or before sign-in existed. */
  clinicianId: z.string().nullable(),
  clinicianName: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditVerificationSchema = z.object({
  ok: z.boolean(),
  rows: z.int().nonnegative(),
  /** The first entry whose content or chain does not match, if any. */
  firstBadSeq: z.int().nullable(),
  message: z.string(),
});
export type AuditVerification = z.infer<typeof auditVerificationSchema>;

export const auditListInputSchema = z.object({
  patientId: idSchema.optional(),
  limit: z.int().min(1).max(500).default(100),
  /** Paging: entries older than this sequence number. */
  beforeSeq: z.int().positive().optional(),
});

/**
 * An entry as the audit screens show it: with the patient's name and what the entry is about
 * ("Visit on 22 Nov 2026 at 10:30"), looked up when read (the log itself holds only ids).
 */
export const namedAuditEntrySchema = auditEntrySchema.extend({
  patientName: z.string().nullable(),
  subject: z.string().nullable(),
});
export type NamedAuditEntry = z.infer<typeof namedAuditEntrySchema>;

export const auditPageSchema = z.object({
  entries: z.array(auditEntrySchema),
  /** Pass as beforeSeq for the next page; null at the end. */
  nextBeforeSeq: z.int().nullable(),
  /** Entries on this page that could not be read and were left out. */
  unreadable: unreadableCountSchema,
});
export type AuditPage = z.infer<typeof auditPageSchema>;

export const namedAuditPageSchema = auditPageSchema.extend({
  entries: z.array(namedAuditEntrySchema),
});
