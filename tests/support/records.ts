// Builders for the payloads most tests send: clinic settings and a patient, each complete with
// blank defaults so a test names only the fields it is about.
import type { MethodInput } from '../../shared/api';

export type SettingsPayload = MethodInput<'settings.update'>;
export type PatientPayload = MethodInput<'patients.create'>['patient'];

export function clinicSettings(fields: Partial<SettingsPayload> = {}): SettingsPayload {
  return {
    clinicName: '',
    clinicianName: '',
    credentials: '',
    address: '',
    phone: '',
    email: '',
    website: '',
    paperSize: 'A4',
    handoutLanguage: 'en',
    uiLanguage: 'en',
    ...fields,
  };
}

export function patientDraft(fields: Partial<PatientPayload> = {}): PatientPayload {
  return {
    firstName: 'Ana',
    lastName: 'Núñez',
    dateOfBirth: null,
    phone: '',
    email: '',
    address: '',
    conditions: [],
    diagnosis: '',
    preferredLanguage: 'en',
    notes: '',
    ...fields,
  };
}
