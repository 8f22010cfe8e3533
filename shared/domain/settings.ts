// Clinic settings: who the clinic is, printed on every PDF, and print defaults.
import { z } from 'zod';
import { uiLanguageSchema } from '../i18n/language-schema';
import { handoutLanguageSchema, imageRefSchema } from './common';

const text = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: `${label} is too long: keep it to ${max} characters.` });

export const paperSizes = ['A4', 'Letter'] as const;
export const paperSizeSchema = z.enum(paperSizes);
export type PaperSize = z.infer<typeof paperSizeSchema>;

export const clinicDetailsSchema = z.object({
  clinicName: text('Clinic name', 120),
  clinicianName: text('Clinician name', 120),
  credentials: text('Credentials', 120),
  address: text('Address', 400),
  phone: text('Phone', 40).regex(/^[0-9+()\-.\s/]*$/, {
    message: 'Phone may contain only digits, spaces and + ( ) - . /',
  }),
  email: z.union([
    z.literal(''),
    z
      .string()
      .trim()
      .max(254, { message: 'Email is too long.' })
      .pipe(z.email({ message: 'Enter an email address like reception@clinic.example.' })),
  ]),
  website: z.union([
    z.literal(''),
    z
      .string()
      .trim()
      .max(200, { message: 'Website is too long.' })
      .pipe(z.url({ protocol: /^https?$/, message: 'Enter a web address starting with https://' })),
  ]),
  paperSize: paperSizeSchema,
  handoutLanguage: handoutLanguageSchema,
  /** The screens' language for every clinician who has not chosen their own. */
  uiLanguage: uiLanguageSchema,
});
export type ClinicDetails = z.infer<typeof clinicDetailsSchema>;

export const clinicSettingsSchema = clinicDetailsSchema.extend({
  logo: imageRefSchema.nullable(),
  updatedAt: z.string().nullable(),
});
export type ClinicSettings = z.infer<typeof clinicSettingsSchema>;

export const LOGO_MAX_BYTES = 5 * 1024 * 1024;
export const LOGO_MAX_PIXELS = 1024;
