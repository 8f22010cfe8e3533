// Clinic settings: details printed on every document, print defaults, and the logo.
import type Database from 'better-sqlite3';
import { uiLanguageOr, type UiLanguage } from '../../../shared/i18n/languages';
import type { ClinicDetails, ClinicSettings } from '../../../shared/domain/settings';
import { LOGO_MAX_BYTES, LOGO_MAX_PIXELS } from '../../../shared/domain/settings';
import type { Upload } from '../../../shared/domain/common';
import { recordAudit } from '../audit/audit-log';
import type { CoreContext } from '../context';
import { AppError } from '../errors';
import { prepareImage, saveImage } from '../images/image-store';
import { readSettings, readUiLanguage, writeDetails, writeLogo } from './settings-repository';

/** The screens' language the clinic chose (each clinician may choose their own over it). */
export function clinicUiLanguage(db: Database.Database): UiLanguage {
  return uiLanguageOr(readUiLanguage(db), 'en');
}

export function getSettings(ctx: CoreContext): ClinicSettings {
  return readSettings(ctx.db);
}

export function updateSettings(ctx: CoreContext, details: ClinicDetails): ClinicSettings {
  const before = readSettings(ctx.db);
  const changed = (Object.keys(details) as (keyof ClinicDetails)[]).filter(
    (key) => details[key] !== before[key],
  );
  ctx.db.transaction(() => {
    writeDetails(ctx.db, details, ctx.clock().toISOString());
    if (changed.length > 0) {
      recordAudit(ctx.db, ctx.clock, {
        entity: 'settings',
        entityId: 'clinic',
        action: 'update',
        fields: changed,
      });
    }
  })();
  return readSettings(ctx.db);
}

export async function setLogo(ctx: CoreContext, upload: Upload): Promise<ClinicSettings> {
  const bytes = Buffer.from(upload.dataBase64, 'base64');
  if (bytes.length === 0) {
    throw new AppError('VALIDATION', `${upload.fileName} is empty. Choose a PNG or JPEG image.`, [
      { path: ['logo'], message: 'The file is empty.' },
    ]);
  }
  let image;
  try {
    image = await prepareImage(bytes, {
      maxBytes: LOGO_MAX_BYTES,
      maxPixels: LOGO_MAX_PIXELS,
      label: `The logo (${upload.fileName})`,
    });
  } catch (error) {
    if (error instanceof AppError) {
      throw new AppError(error.code, error.message, [{ path: ['logo'], message: error.message }]);
    }
    throw error;
  }
  ctx.db.transaction(() => {
    saveImage(ctx.db, ctx.clock, image);
    writeLogo(ctx.db, image.ref.sha256, ctx.clock().toISOString());
    recordAudit(ctx.db, ctx.clock, {
      entity: 'settings',
      entityId: 'clinic',
      action: 'update',
      fields: ['logo'],
    });
  })();
  return readSettings(ctx.db);
}

export function removeLogo(ctx: CoreContext): ClinicSettings {
  ctx.db.transaction(() => {
    writeLogo(ctx.db, null, ctx.clock().toISOString());
    recordAudit(ctx.db, ctx.clock, {
      entity: 'settings',
      entityId: 'clinic',
      action: 'update',
      fields: ['logo'],
    });
  })();
  return readSettings(ctx.db);
}
