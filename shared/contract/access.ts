// Opening the clinic record, signing in and out, and managing clinician accounts.
import { z } from 'zod';
import { method } from './define';
import { idSchema } from '../domain/common';
import { uiLanguageSchema } from '../i18n/language-schema';
import {
  accessStatusSchema,
  clinicianNameSchema,
  clinicianRoleSchema,
  clinicianSchema,
  clinicianSecretSchema,
  clinicPassphraseSchema,
  idleLockSecondsSchema,
  setupInputSchema,
  setupResultSchema,
} from '../domain/access';

const secretText = z.string().min(1, 'Enter it first.').max(200);

export const accessMethods = {
  'access.status': method(z.object({}), accessStatusSchema),
  /** First start: clinic passphrase and first admin; encrypts an older record in place. */
  'access.setup': method(setupInputSchema, setupResultSchema),
  /** Unwraps the data key with the clinic passphrase and opens the record. */
  'access.openClinic': method(z.object({ passphrase: secretText }), accessStatusSchema),
  /** The recovery key opens the record and sets a new clinic passphrase. */
  'access.recover': method(
    z.object({ recoveryKey: secretText, newPassphrase: clinicPassphraseSchema }),
    accessStatusSchema,
  ),
  'access.signIn': method(
    z.object({ clinicianId: idSchema, secret: secretText }),
    accessStatusSchema,
  ),
  /** Locks now (idle timer, the Lock button, the OS locking the screen). */
  'access.lock': method(z.object({}), accessStatusSchema),
  /** The clinician is still at the keyboard (sent at most every few seconds while active). */
  'access.heartbeat': method(z.object({}), z.object({ idleLockSeconds: z.int().positive() })),
  /** Admin: re-wraps the data key with a new passphrase; the database is not rewritten. */
  'access.changePassphrase': method(
    z.object({ currentPassphrase: secretText, newPassphrase: clinicPassphraseSchema }),
    z.object({ changedAt: z.string() }),
  ),
  /** Admin: a new recovery key replaces the old one (shown once). */
  'access.newRecoveryKey': method(
    z.object({ currentPassphrase: secretText }),
    z.object({ recoveryKey: z.string() }),
  ),
  /** The recovery key sheet (PDF) for the key just shown. */
  'access.recoveryKeyPdf': method(
    z.object({
      recoveryKey: z.string().min(1).max(80),
      /** The sheet's language; English when unset. */
      language: uiLanguageSchema.optional(),
    }),
    z.object({ fileName: z.string(), dataBase64: z.base64() }),
  ),
  /** The signed-in clinician's own screen language; null follows the clinic's. */
  'access.setMyLanguage': method(
    z.object({ uiLanguage: uiLanguageSchema.nullable() }),
    accessStatusSchema,
  ),
  'access.setIdleLock': method(
    z.object({ seconds: idleLockSecondsSchema }),
    z.object({ idleLockSeconds: z.int() }),
  ),
  'clinicians.list': method(z.object({}), z.array(clinicianSchema)),
  'clinicians.create': method(
    z.object({ name: clinicianNameSchema, role: clinicianRoleSchema }).and(clinicianSecretSchema),
    clinicianSchema,
  ),
  'clinicians.update': method(
    z.object({
      id: idSchema,
      name: clinicianNameSchema.optional(),
      role: clinicianRoleSchema.optional(),
      archived: z.boolean().optional(),
    }),
    clinicianSchema,
  ),
  /** A clinician changes their own PIN or passphrase; an admin may reset anyone's. */
  'clinicians.setSecret': method(
    z.object({ id: idSchema }).and(clinicianSecretSchema),
    clinicianSchema,
  ),
};

/** Answered without a signed-in clinician. */
export const openAccessMethods: ReadonlySet<string> = new Set([
  'access.status',
  'access.setup',
  'access.openClinic',
  'access.recover',
  'access.signIn',
  'access.lock',
  'recovery.status',
]);
