// Patients: who a plan and its visits belong to.
import { z } from 'zod';
import {
  handoutLanguageSchema,
  idSchema,
  isoDateSchema,
  timestampSchema,
  unreadableCountSchema,
} from './common';
import { nameText } from './plain-text';

const text = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: `${label} is too long: keep it to ${max} characters.` });

const patientFields = z.object({
  firstName: text('First name', 80).min(1, { message: 'Enter the first name.' }),
  lastName: text('Last name', 80).min(1, { message: 'Enter the last name.' }),
  dateOfBirth: isoDateSchema.nullable(),
  phone: text('Phone', 40),
  email: z.union([z.literal(''), z.email({ message: 'Enter a valid email address.' }).max(254)]),
  address: text('Address', 400),
  conditions: z.array(z.string().trim().min(1).max(80)).max(12),
  diagnosis: text('Diagnosis', 500),
  preferredLanguage: handoutLanguageSchema,
  notes: text('Notes', 5000),
});

/** What a clinician enters: names must not hide control or text-direction characters. */
export const patientDraftSchema = patientFields.extend({
  firstName: nameText('First name', 80).min(1, { message: 'Enter the first name.' }),
  lastName: nameText('Last name', 80).min(1, { message: 'Enter the last name.' }),
});
export type PatientDraft = z.infer<typeof patientDraftSchema>;

/** A stored patient (rows written before the name check still read). */
export const patientSchema = patientFields.extend({
  id: idSchema,
  archived: z.boolean(),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type Patient = z.infer<typeof patientSchema>;

/** What a printed document needs to know about the patient. */
export const patientHeaderSchema = patientSchema.pick({
  id: true,
  firstName: true,
  lastName: true,
  dateOfBirth: true,
  preferredLanguage: true,
});
export type PatientHeader = z.infer<typeof patientHeaderSchema>;

/** A row of the patient list. */
export const patientSummarySchema = patientSchema.pick({
  id: true,
  firstName: true,
  lastName: true,
  dateOfBirth: true,
  conditions: true,
  archived: true,
  updatedAt: true,
});
export type PatientSummary = z.infer<typeof patientSummarySchema>;

export const PATIENT_SEARCH_DEFAULT_LIMIT = 50;

export const patientSearchInputSchema = z.object({
  /** Name, date of birth (any order of day, month, year) or condition; words match as prefixes. */
  query: z.string().max(200, { message: 'Keep the search to 200 characters.' }),
  /** Active patients only (default), archived ones only, or both. */
  archived: z.enum(['exclude', 'only', 'include']).default('exclude'),
  limit: z.int().min(1).max(500).default(PATIENT_SEARCH_DEFAULT_LIMIT),
});
export type PatientSearchInput = z.input<typeof patientSearchInputSchema>;

/** The patients found, and how many damaged records were left out of the list. */
export const patientSearchResultSchema = z.object({
  patients: z.array(patientSummarySchema),
  unreadable: unreadableCountSchema,
});
export type PatientSearchResult = z.infer<typeof patientSearchResultSchema>;

/** Who else has the same name and date of birth (accents and case ignored). */
export const duplicateCheckSchema = z.object({
  firstName: z.string().trim().max(80),
  lastName: z.string().trim().max(80),
  dateOfBirth: isoDateSchema.nullable(),
  /** The patient being edited, so they do not match themselves. */
  excludeId: idSchema.optional(),
});
export type DuplicateCheck = z.infer<typeof duplicateCheckSchema>;
