// The single clinic_settings row.
import type Database from 'better-sqlite3';
import { z } from 'zod';
import {
  clinicSettingsSchema,
  type ClinicDetails,
  type ClinicSettings,
} from '../../../shared/domain/settings';

const rowSchema = z.object({
  clinic_name: z.string(),
  clinician_name: z.string(),
  credentials: z.string(),
  address: z.string(),
  phone: z.string(),
  email: z.string(),
  website: z.string(),
  paper_size: z.string(),
  handout_language: z.string(),
  ui_language: z.string(),
  logo_sha256: z.string().nullable(),
  mime_type: z.string().nullable(),
  width: z.number().nullable(),
  height: z.number().nullable(),
  updated_at: z.string().nullable(),
});

export function readSettings(db: Database.Database): ClinicSettings {
  const row = rowSchema.parse(
    db
      .prepare(
        `SELECT s.*, i.mime_type, i.width, i.height
         FROM clinic_settings s LEFT JOIN images i ON i.sha256 = s.logo_sha256
         WHERE s.id = 1`,
      )
      .get(),
  );
  return clinicSettingsSchema.parse({
    clinicName: row.clinic_name,
    clinicianName: row.clinician_name,
    credentials: row.credentials,
    address: row.address,
    phone: row.phone,
    email: row.email,
    website: row.website,
    paperSize: row.paper_size,
    handoutLanguage: row.handout_language,
    uiLanguage: row.ui_language,
    logo:
      row.logo_sha256 === null
        ? null
        : {
            sha256: row.logo_sha256,
            mimeType: row.mime_type,
            width: row.width,
            height: row.height,
          },
    updatedAt: row.updated_at,
  });
}

/** The clinic's screen language alone (asked on every access status). */
export function readUiLanguage(db: Database.Database): string | null {
  const value: unknown = db
    .prepare('SELECT ui_language FROM clinic_settings WHERE id = 1')
    .pluck()
    .get();
  return typeof value === 'string' ? value : null;
}

export function writeDetails(
  db: Database.Database,
  details: ClinicDetails,
  updatedAt: string,
): void {
  db.prepare(
    `UPDATE clinic_settings SET clinic_name = @clinicName, clinician_name = @clinicianName,
       credentials = @credentials, address = @address, phone = @phone, email = @email,
       website = @website, paper_size = @paperSize, handout_language = @handoutLanguage,
       ui_language = @uiLanguage,       updated_at = @updatedAt
     WHERE id = 1`,
  ).run({ ...details, updatedAt });
}

export function writeLogo(db: Database.Database, sha256: string | null, updatedAt: string): void {
  db.prepare(
    'UPDATE clinic_settings SET logo_sha256 = @sha256, updated_at = @updatedAt WHERE id = 1',
  ).run({
    sha256,
    updatedAt,
  });
}
