// Contract methods for opening the record, signing in, and clinician accounts.
import type { accessMethods } from '../../../shared/contract/access';
import type { HandlerMap } from '../../../shared/api';
import { nowIso, type CoreContext } from '../context';
import { AppError } from '../errors';
import { getSettings } from '../settings/settings-service';
import type { AccessService } from './access-service';
import { setClinicianUiLanguage, setIdleLockSeconds } from './clinicians-repository';
import {
  changeClinicianSecret,
  createClinician,
  listClinicians,
  updateClinician,
} from './clinicians-service';
import type { KdfParams } from './key-wrap';

type AccessHandlers = Pick<HandlerMap, keyof typeof accessMethods>;

/** Answered whatever the core's state: they are how the record gets opened. */
export function openAccessHandlers(
  access: AccessService,
): Pick<
  AccessHandlers,
  | 'access.status'
  | 'access.setup'
  | 'access.openClinic'
  | 'access.recover'
  | 'access.signIn'
  | 'access.lock'
> {
  return {
    'access.status': () => access.status(),
    'access.setup': (input) => access.setup(input),
    'access.openClinic': ({ passphrase }) => access.openClinic(passphrase),
    'access.recover': ({ recoveryKey, newPassphrase }) =>
      access.recover(recoveryKey, newPassphrase),
    'access.signIn': ({ clinicianId, secret }) => access.signIn(clinicianId, secret),
    'access.lock': () => access.lock(),
  };
}

/** All of them, for the open record (the core has already checked someone is signed in). */
export function accessHandlers(
  ctx: CoreContext,
  access: AccessService,
  kdf: KdfParams,
): AccessHandlers {
  const session = () => {
    const current = access.session;
    if (!current) throw new AppError('LOCKED', 'Physioplan is locked. Sign in to continue.');
    return current;
  };
  return {
    ...openAccessHandlers(access),
    'access.heartbeat': () => ({ idleLockSeconds: access.status().idleLockSeconds }),
    'access.changePassphrase': ({ currentPassphrase, newPassphrase }) => ({
      changedAt: access.changePassphrase(currentPassphrase, newPassphrase),
    }),
    'access.newRecoveryKey': ({ currentPassphrase }) => ({
      recoveryKey: access.newRecoveryKey(currentPassphrase),
    }),
    'access.recoveryKeyPdf': async ({ recoveryKey, language }) => {
      session();
      // The PDF engine (pdfkit, fontkit, qrcode) loads with the first document, not at start.
      const [{ recoveryKeyPdf }, { fontsDirOf }] = await Promise.all([
        import('./recovery-key-pdf'),
        import('../pdf/fonts'),
      ]);
      const data = await recoveryKeyPdf({
        clinicName: getSettings(ctx).clinicName,
        recoveryKey,
        language,
        createdAt: ctx.clock(),
        fontsDir: fontsDirOf(ctx),
      });
      return { fileName: 'physioplan-recovery-key.pdf', dataBase64: data.toString('base64') };
    },
    'access.setMyLanguage': ({ uiLanguage }) => {
      const { clinicianId } = session();
      if (clinicianId === null) {
        throw new AppError('CONFLICT', 'Only a signed-in clinician has a screen language.');
      }
      setClinicianUiLanguage(ctx.db, clinicianId, uiLanguage, nowIso(ctx.clock));
      return access.status();
    },
    'access.setIdleLock': ({ seconds }) => {
      access.requireAdmin();
      setIdleLockSeconds(ctx.db, seconds);
      return { idleLockSeconds: seconds };
    },
    'clinicians.list': () => listClinicians(ctx),
    'clinicians.create': (input) => createClinician(ctx, session(), kdf, input),
    'clinicians.update': (input) => updateClinician(ctx, session(), input),
    'clinicians.setSecret': (input) => changeClinicianSecret(ctx, session(), kdf, input),
  };
}
