// Who may use the clinic record right now. Holds the unwrapped data key and the signed-in
// clinician; the core asks it before every call. The stages: setup (new or unencrypted
// record), passphrase (encrypted, key not on this machine), sign-in, signed-in.
import fs from 'node:fs';
import type Database from 'better-sqlite3';
import type { AccessStatus, ClinicianRole } from '../../../shared/domain/access';
import type { ApiErrorData } from '../../../shared/errors';
import { recordAudit } from '../audit/audit-log';
import { clinicUiLanguage } from '../settings/settings-service';
import type { Clock, IdGenerator, Logger } from '../context';
import { DatabaseKey } from '../db/database-key';
import type { Migration } from '../db/migrate';
import { AppError, fieldError } from '../errors';
import { tooManyAttempts, waitAfterFailures } from './attempt-limit';
import { hashSecret, secretMatches } from './clinician-secret';
import {
  findClinician,
  idleLockSeconds,
  insertClinician,
  listClinicianRecords,
  recordSignInAttempt,
} from './clinicians-repository';
import { encryptPlainRecord, isPlainDatabase } from './encrypt-upgrade';
import { keyFileExists, readKeyFile, writeKeyFile, type KeyFile } from './key-file';
import { unwrapKey, wrapKey, type KdfParams } from './key-wrap';
import { newRecoveryCode, normaliseRecoveryCode } from './recovery-code';

/** Where a host keeps the data key for the same OS account (Electron: safeStorage). */
export interface KeyStore {
  read(): DatabaseKey | null;
  write(key: DatabaseKey): void;
  clear(): void;
}

export interface Session {
  /** Null for the admin command line, which acts with the clinic passphrase itself. */
  clinicianId: string | null;
  name: string;
  role: ClinicianRole;
  lastActiveMs: number;
}

/** What the access service needs from the core. */
export interface AccessPort {
  readonly dataDir: string;
  readonly databaseFile: string;
  readonly clock: Clock;
  readonly newId: IdGenerator;
  readonly log: Logger;
  readonly migrations: readonly Migration[];
  readonly kdf: KdfParams;
  readonly keyStore: KeyStore | null;
  /** Wall time for the idle lock (real time even when the record's clock is fixed in tests). */
  readonly now: () => number;
  /** Opens the record with this key: normal mode, or recovery mode if it cannot be used. */
  open(key: DatabaseKey): void;
  /** The open record, or null (not yet opened, recovery mode, switching). */
  database(): Database.Database | null;
  inRecovery(): boolean;
}

export type AccessService = ReturnType<typeof createAccessService>;

export function createAccessService(port: AccessPort) {
  let key: DatabaseKey | null = null;
  let session: Session | null = null;
  /** A scratch core reading a candidate record back: opened with the key, no clinician. */
  let checkOnly = false;
  const passphraseAttempts = { failures: 0, blockedUntilMs: 0 };

  const hasPlainRecord = () =>
    fs.existsSync(port.databaseFile) && fs.statSync(port.databaseFile).size > 0;

  function openDb(): Database.Database {
    const db = port.database();
    if (!db) throw new AppError('CONFLICT', 'The clinic record is not open yet.');
    return db;
  }

  function activeClinicians(db: Database.Database) {
    return listClinicianRecords(db).filter((c) => !c.archived);
  }

  function idleSeconds(): number {
    const db = port.database();
    return db ? idleLockSeconds(db) : 300;
  }

  /** Ends the session when the clinician has been away longer than the idle lock allows. */
  function expireIdle(): void {
    if (session && port.now() - session.lastActiveMs > idleSeconds() * 1000) session = null;
  }

  function stage(): AccessStatus['stage'] {
    if (key === null) return keyFileExists(port.dataDir) ? 'passphrase' : 'setup';
    if (port.inRecovery()) return 'recovery';
    const db = port.database();
    if (!db) return 'sign-in';
    // Asked before every call: a signed-in session needs no look at the clinician list.
    if (session) {
      expireIdle();
      if (session) return 'signed-in';
    }
    return activeClinicians(db).length === 0 ? 'setup' : 'sign-in';
  }

  function status(): AccessStatus {
    const current = stage();
    const db = port.database();
    const open = db !== null && (current === 'sign-in' || current === 'signed-in');
    const ownLanguage =
      db !== null && current === 'signed-in' && session?.clinicianId
        ? (findClinician(db, session.clinicianId)?.uiLanguage ?? null)
        : null;
    return {
      stage: current,
      upgrade: current === 'setup' && key === null && hasPlainRecord(),
      clinicians: open
        ? activeClinicians(db).map(({ id, name, secretKind }) => ({ id, name, secretKind }))
        : [],
      clinician:
        current === 'signed-in' && session?.clinicianId
          ? {
              id: session.clinicianId,
              name: session.name,
              role: session.role,
              uiLanguage: ownLanguage,
            }
          : null,
      idleLockSeconds: idleSeconds(),
      uiLanguage: open ? (ownLanguage ?? clinicUiLanguage(db)) : null,
    };
  }

  function checkPassphraseLimit(): void {
    const wait = passphraseAttempts.blockedUntilMs - port.now();
    if (wait > 0) throw new AppError('CONFLICT', tooManyAttempts(wait));
  }

  function passphraseFailed(field: string, message: string): never {
    passphraseAttempts.failures += 1;
    passphraseAttempts.blockedUntilMs = port.now() + waitAfterFailures(passphraseAttempts.failures);
    throw fieldError([field], message);
  }

  function unlockWith(slotKey: DatabaseKey): void {
    passphraseAttempts.failures = 0;
    passphraseAttempts.blockedUntilMs = 0;
    if (isPlainDatabase(port.databaseFile)) {
      // A setup that stopped half-way: the key file was written, the record not yet encrypted.
      encryptPlainRecord(port.dataDir, port.databaseFile, slotKey, port.migrations, port.clock());
    }
    key = slotKey;
    port.open(slotKey);
    try {
      port.keyStore?.write(slotKey);
    } catch (error) {
      port.log.error('Could not keep the clinic key for this OS account', error);
    }
  }

  function startSession(
    db: Database.Database,
    clinician: { id: string; name: string; role: ClinicianRole },
  ) {
    session = {
      clinicianId: clinician.id,
      name: clinician.name,
      role: clinician.role,
      lastActiveMs: port.now(),
    };
    try {
      recordAudit(db, port.clock, {
        entity: 'clinician',
        entityId: clinician.id,
        action: 'sign_in',
      });
    } catch (error) {
      // A damaged audit log must not lock the clinic out; verify reports the damage.
      port.log.error('Could not record the sign-in in the audit log', error);
    }
  }

  function createFirstAdmin(
    db: Database.Database,
    input: { adminName: string; secretKind: 'pin' | 'passphrase'; secret: string },
  ): void {
    const id = port.newId();
    const at = port.clock().toISOString();
    db.transaction(() => {
      insertClinician(db, {
        id,
        name: input.adminName,
        role: 'admin',
        secretKind: input.secretKind,
        secretHash: hashSecret(input.secret, port.kdf),
        at,
      });
      // The account exists before it is named as the one who made it.
      session = { clinicianId: id, name: input.adminName, role: 'admin', lastActiveMs: port.now() };
      recordAudit(db, port.clock, {
        entity: 'clinician',
        entityId: id,
        action: 'create',
        fields: ['name', 'role'],
      });
    })();
  }

  return {
    get key(): DatabaseKey | null {
      return key;
    },
    get session(): Session | null {
      expireIdle();
      return session;
    },
    /** Who the audit log names for the change being made (never expires mid-change). */
    actorId(): string | null {
      return session?.clinicianId ?? null;
    },
    status,

    /** Called by the core at start: open with a key this machine keeps, or wait for one. */
    start(): void {
      if (!keyFileExists(port.dataDir)) return;
      let stored: DatabaseKey | null = null;
      try {
        stored = port.keyStore?.read() ?? null;
      } catch (error) {
        port.log.error('Could not read the clinic key kept for this OS account', error);
      }
      if (!stored) return;
      key = stored;
      port.open(stored);
    },

    setup(input: {
      clinicPassphrase: string;
      adminName: string;
      secretKind: 'pin' | 'passphrase';
      secret: string;
    }): { recoveryKey: string; status: AccessStatus } {
      const current = stage();
      if (current !== 'setup')
        throw new AppError('CONFLICT', 'This clinic is already set up. Sign in instead.');
      const recoveryKey = newRecoveryCode();
      let dataKey = key;
      if (dataKey === null) {
        dataKey = DatabaseKey.random();
        const upgrade = hasPlainRecord();
        const at = port.clock().toISOString();
        const keys: KeyFile = {
          format: 'physioplan-keys',
          version: 1,
          cipher: 'sqlcipher-4',
          passphrase: wrapKey(dataKey, input.clinicPassphrase, port.kdf, 'passphrase'),
          recovery: wrapKey(dataKey, recoveryKey, port.kdf, 'recovery'),
          createdAt: at,
          passphraseChangedAt: at,
        };
        // The key file first: a record encrypted with a key nobody kept would be lost.
        writeKeyFile(port.dataDir, keys);
        unlockWith(dataKey);
        // A record that cannot be used goes to the recovery screen; the first admin is
        // created once a backup is back in place.
        if (port.inRecovery()) return { recoveryKey, status: status() };
        const db = openDb();
        createFirstAdmin(db, input);
        if (upgrade)
          recordAudit(db, port.clock, {
            entity: 'backup',
            entityId: 'whole-record',
            action: 'encrypt',
          });
      } else {
        // The record is open but has no clinician yet (a setup cut short): the passphrase
        // proves the right to create the first admin, and the recovery key is issued anew.
        const keys = readKeyFile(port.dataDir);
        if (!unwrapKey(keys.passphrase, input.clinicPassphrase, 'passphrase'))
          passphraseFailed('clinicPassphrase', 'This is not the clinic passphrase.');
        writeKeyFile(port.dataDir, {
          ...keys,
          recovery: wrapKey(dataKey, recoveryKey, port.kdf, 'recovery'),
        });
        createFirstAdmin(openDb(), input);
      }
      return { recoveryKey, status: status() };
    },

    openClinic(passphrase: string): AccessStatus {
      if (stage() !== 'passphrase')
        throw new AppError('CONFLICT', 'The clinic record is already open.');
      checkPassphraseLimit();
      const keys = readKeyFile(port.dataDir);
      const unwrapped = unwrapKey(keys.passphrase, passphrase, 'passphrase');
      if (!unwrapped) {
        passphraseFailed(
          'passphrase',
          'This passphrase does not open the clinic record. Check capitals and spaces; if it is right, the key file was changed: put back its copy or use the recovery key.',
        );
      }
      unlockWith(unwrapped);
      return status();
    },

    recover(typedKey: string, newPassphrase: string): AccessStatus {
      if (stage() !== 'passphrase')
        throw new AppError('CONFLICT', 'The clinic record is already open.');
      checkPassphraseLimit();
      const keys = readKeyFile(port.dataDir);
      const code = normaliseRecoveryCode(typedKey);
      const unwrapped = code ? unwrapKey(keys.recovery, code, 'recovery') : null;
      if (!unwrapped) {
        passphraseFailed(
          'recoveryKey',
          'This recovery key does not open the clinic record. Type the eight groups exactly as printed.',
        );
      }
      writeKeyFile(port.dataDir, {
        ...keys,
        passphrase: wrapKey(unwrapped, newPassphrase, port.kdf, 'passphrase'),
        passphraseChangedAt: port.clock().toISOString(),
      });
      unlockWith(unwrapped);
      const db = port.database();
      if (db)
        recordAudit(db, port.clock, {
          entity: 'clinic_key',
          entityId: 'passphrase',
          action: 'rekey',
          fields: ['recovery-key'],
        });
      return status();
    },

    signIn(clinicianId: string, secret: string): AccessStatus {
      const current = stage();
      if (current !== 'sign-in' && current !== 'signed-in') {
        throw new AppError('CONFLICT', 'Open the clinic record with its passphrase first.');
      }
      const db = openDb();
      const clinician = findClinician(db, clinicianId);
      if (!clinician || clinician.archived)
        throw fieldError(['clinicianId'], 'Choose who you are from the list.');
      const nowMs = port.now();
      const blocked =
        clinician.blockedUntil === null ? 0 : Date.parse(clinician.blockedUntil) - nowMs;
      if (blocked > 0) throw new AppError('CONFLICT', tooManyAttempts(blocked));
      if (!secretMatches(secret, clinician.secretHash)) {
        const failures = clinician.failedAttempts + 1;
        const wait = waitAfterFailures(failures);
        recordSignInAttempt(
          db,
          clinician.id,
          failures,
          wait > 0 ? new Date(nowMs + wait).toISOString() : null,
        );
        const what = clinician.secretKind === 'pin' ? 'PIN' : 'passphrase';
        throw fieldError(
          ['secret'],
          `That ${what} is not right.${wait > 0 ? ` ${tooManyAttempts(wait)}` : ''}`,
        );
      }
      db.transaction(() => {
        recordSignInAttempt(db, clinician.id, 0, null);
        startSession(db, clinician);
      })();
      return status();
    },

    /** The admin command line: it proved the clinic passphrase, there is no clinician. */
    startSystemSession(): void {
      session = {
        clinicianId: null,
        name: 'Command line',
        role: 'admin',
        lastActiveMs: port.now(),
      };
    },

    lock(): AccessStatus {
      session = null;
      return status();
    },

    /** Opens with the live clinic's key for a scratch check; never kept, nobody signs in. */
    openForCheck(dataKey: DatabaseKey): void {
      checkOnly = true;
      key = dataKey;
      port.open(dataKey);
    },

    /** The core's check before every call that needs a clinician; also counts as activity. */
    refusal(): ApiErrorData | null {
      if (checkOnly) return null;
      const current = stage();
      if (current === 'signed-in' && session) {
        session.lastActiveMs = port.now();
        return null;
      }
      if (current === 'recovery') return null;
      return {
        code: 'LOCKED',
        message:
          current === 'sign-in'
            ? 'Physioplan is locked. Sign in to continue.'
            : 'Physioplan is locked. Open the clinic record with its passphrase first.',
      };
    },

    requireAdmin(): Session {
      const current = session;
      if (current?.role !== 'admin')
        throw new AppError('CONFLICT', 'Only an administrator can do this.');
      return current;
    },

    /** Re-wraps the data key; the database itself is not rewritten. */
    changePassphrase(current: string, next: string): string {
      this.requireAdmin();
      checkPassphraseLimit();
      const keys = readKeyFile(port.dataDir);
      const unwrapped = unwrapKey(keys.passphrase, current, 'passphrase');
      if (!unwrapped)
        passphraseFailed('currentPassphrase', 'This is not the current clinic passphrase.');
      const changedAt = port.clock().toISOString();
      writeKeyFile(port.dataDir, {
        ...keys,
        passphrase: wrapKey(unwrapped, next, port.kdf, 'passphrase'),
        passphraseChangedAt: changedAt,
      });
      recordAudit(openDb(), port.clock, {
        entity: 'clinic_key',
        entityId: 'passphrase',
        action: 'rekey',
      });
      return changedAt;
    },

    newRecoveryKey(current: string): string {
      this.requireAdmin();
      checkPassphraseLimit();
      const keys = readKeyFile(port.dataDir);
      const unwrapped = unwrapKey(keys.passphrase, current, 'passphrase');
      if (!unwrapped)
        passphraseFailed('currentPassphrase', 'This is not the current clinic passphrase.');
      const recoveryKey = newRecoveryCode();
      writeKeyFile(port.dataDir, {
        ...keys,
        recovery: wrapKey(unwrapped, recoveryKey, port.kdf, 'recovery'),
      });
      recordAudit(openDb(), port.clock, {
        entity: 'clinic_key',
        entityId: 'recovery',
        action: 'create',
      });
      return recoveryKey;
    },

    /** Forgets the session and the key (the core closes). */
    close(): void {
      session = null;
      key = null;
    },
  };
}
