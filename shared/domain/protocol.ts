// Built-in protocols (plan templates) shipped in resources/protocols/*.json, written by us.
// Items name built-in library items by key; the dose given here replaces the item's default.
import { z } from 'zod';
import { protocolCriterionSchema } from './phase-criteria';

const builtInKeySchema = z.string().regex(/^[a-z_]+\.[a-z0-9-]+$/, {
  message: 'Built-in keys look like "exercise.eccentric-heel-drop".',
});

export const protocolItemSchema = z.object({
  key: builtInKeySchema,
  /**
   * Parameters for this protocol, merged over the library item's defaults and then checked
   * against the item's kind (so a protocol only names what it changes).
   */
  parameters: z.record(z.string(), z.unknown()).optional(),
  note: z.string().trim().max(2000).optional(),
});
export type ProtocolItem = z.infer<typeof protocolItemSchema>;

export const builtInProtocolSchema = z.object({
  key: z.string().regex(/^protocol\.[a-z0-9-]+$/, {
    message: 'Protocol keys look like "protocol.plantar-heel-pain-early".',
  }),
  /** Raised when the protocol changes, so installed copies are replaced. */
  contentVersion: z.int().positive(),
  title: z.string().trim().min(1).max(160),
  condition: z.string().trim().max(160),
  description: z.string().trim().max(2000),
  goals: z
    .array(
      z.object({
        description: z.string().trim().min(1).max(300),
        target: z.string().trim().max(200),
      }),
    )
    .max(20),
  phases: z
    .array(
      z.object({
        title: z.string().trim().min(1).max(120),
        description: z.string().trim().max(1000),
        /** What should be true before a patient moves into this phase (ids are given on load). */
        entryCriteria: z.array(protocolCriterionSchema).max(8).default([]),
        items: z.array(protocolItemSchema).max(100),
      }),
    )
    .min(1)
    .max(12),
});
export type BuiltInProtocol = z.infer<typeof builtInProtocolSchema>;

export const builtInProtocolFileSchema = z.object({
  format: z.literal('physioplan.builtin-protocols'),
  protocols: z.array(builtInProtocolSchema),
});
export type BuiltInProtocolFile = z.infer<typeof builtInProtocolFileSchema>;
