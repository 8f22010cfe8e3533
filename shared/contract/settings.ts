// Clinic settings and stored images.
import { z } from 'zod';
import { method } from './define';
import { sha256Schema, uploadSchema } from '../domain/common';
import { clinicDetailsSchema, clinicSettingsSchema } from '../domain/settings';

export const settingsMethods = {
  'settings.get': method(z.object({}), clinicSettingsSchema),
  'settings.update': method(clinicDetailsSchema, clinicSettingsSchema),
  'settings.setLogo': method(uploadSchema, clinicSettingsSchema),
  'settings.removeLogo': method(z.object({}), clinicSettingsSchema),
  'images.get': method(
    z.object({ sha256: sha256Schema }),
    z.object({ mimeType: z.enum(['image/png', 'image/jpeg']), dataBase64: z.string() }),
  ),
  'app.info': method(
    z.object({}),
    z.object({
      version: z.string(),
      schemaVersion: z.int(),
      dataDir: z.string(),
      host: z.enum(['electron', 'browser', 'test', 'cli']),
    }),
  ),
};
