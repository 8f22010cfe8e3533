// Who may use the clinic record: the clinic passphrase that opens it, the clinicians who sign
// in with their own PIN or passphrase, and the idle lock.
import { z } from 'zod';
import { uiLanguageSchema } from '../i18n/language-schema';
import { idSchema } from './common';

export const clinicianRoles = ['clinician', 'admin'] as const;
export const clinicianRoleSchema = z.enum(clinicianRoles);
export type ClinicianRole = z.infer<typeof clinicianRoleSchema>;

export const secretKinds = ['pin', 'passphrase'] as const;
export const secretKindSchema = z.enum(secretKinds);
export type SecretKind = z.infer<typeof secretKindSchema>;

export const clinicPassphraseSchema = z
  .string()
  .min(10, 'Use at least 10 characters for the clinic passphrase.')
  .max(200, 'Use at most 200 characters for the clinic passphrase.')
  .refine((value) => value.trim().length === value.length, {
    message: 'The clinic passphrase cannot start or end with a space.',
  });

export const clinicianNameSchema = z
  .string()
  .trim()
  .min(1, 'Enter the clinician’s name.')
  .max(120, 'Use at most 120 characters for the name.');

/** A PIN is 4 to 12 digits; a personal passphrase at least 8 characters. */
export const clinicianSecretSchema = z
  .object({ secretKind: secretKindSchema, secret: z.string().max(200) })
  .superRefine((value, issue) => {
    if (value.secretKind === 'pin' && !/^\d{4,12}$/.test(value.secret)) {
      issue.addIssue({
        code: 'custom',
        path: ['secret'],
        message: 'A PIN is 4 to 12 digits.',
      });
    }
    if (value.secretKind === 'passphrase' && value.secret.length < 8) {
      issue.addIssue({
        code: 'custom',
        path: ['secret'],
        message: 'Use at least 8 characters for a personal passphrase.',
      });
    }
  });

export const clinicianSchema = z.object({
  id: idSchema,
  name: z.string(),
  role: clinicianRoleSchema,
  secretKind: secretKindSchema,
  archived: z.boolean(),
  /** The screens' language this clinician chose; null follows the clinic's. */
  uiLanguage: uiLanguageSchema.nullable(),
});
export type Clinician = z.infer<typeof clinicianSchema>;

export const accessStages = ['setup', 'passphrase', 'sign-in', 'signed-in', 'recovery'] as const;
export type AccessStage = (typeof accessStages)[number];

export const accessStatusSchema = z.object({
  /**
   * setup: a new clinic (or an older, unencrypted record) needs a passphrase and a first admin;
   * passphrase: the record is encrypted and this machine does not keep its key;
   * sign-in: open, nobody signed in (or the idle lock came down);
   * signed-in: a clinician works; recovery: the record could not be opened (recovery screen).
   */
  stage: z.enum(accessStages),
  /** Setup finds an unencrypted record from an earlier version and encrypts it. */
  upgrade: z.boolean(),
  /** Who can sign in (only once the record is open). */
  clinicians: z.array(clinicianSchema.pick({ id: true, name: true, secretKind: true })),
  clinician: clinicianSchema
    .pick({ id: true, name: true, role: true, uiLanguage: true })
    .nullable(),
  idleLockSeconds: z.int().positive(),
  /**
   * The screens' language once the record is open: the signed-in clinician's own, else the
   * clinic's; null while the record is closed (the screens keep the last one used here).
   */
  uiLanguage: uiLanguageSchema.nullable(),
});
export type AccessStatus = z.infer<typeof accessStatusSchema>;

export const setupInputSchema = z
  .object({
    clinicPassphrase: clinicPassphraseSchema,
    adminName: clinicianNameSchema,
  })
  .and(clinicianSecretSchema);

export const setupResultSchema = z.object({
  /** Shown once: the only way back in if the clinic passphrase is lost. */
  recoveryKey: z.string(),
  status: accessStatusSchema,
});

export const idleLockSecondsSchema = z
  .int()
  .min(5, 'The idle lock needs at least 5 seconds.')
  .max(3600, 'The idle lock can wait at most 60 minutes.');
