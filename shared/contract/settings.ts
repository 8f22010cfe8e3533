// Clinic settings.
import { z } from 'zod';
import { method } from './define';
import { uploadSchema } from '../domain/common';
import { clinicDetailsSchema, clinicSettingsSchema } from '../domain/settings';

export const settingsMethods = {
  'settings.get': method(z.object({}), clinicSettingsSchema),
  'settings.update': method(clinicDetailsSchema, clinicSettingsSchema),
  'settings.setLogo': method(uploadSchema, clinicSettingsSchema),
  'settings.removeLogo': method(z.object({}), clinicSettingsSchema),
};
