// What handlers may ask of the core itself (rather than of one database): its mode, and
// switching the clinic database. The dispatcher runs the switching calls with no other call
// in flight (see CallGate), so these may close and reopen the database.
import type { BackupRef, CoreStatus, RestoreResult } from '../../shared/domain/backups';
import type { AccessService } from './access/access-service';
import type { KdfParams } from './access/key-wrap';
import type { BackupEnv } from './backups/backup-service';

export interface CoreControl {
  readonly env: BackupEnv;
  readonly appVersion: string;
  readonly access: AccessService;
  /** Key-derivation cost for passphrases and PINs (lower in tests). */
  readonly kdf: KdfParams;
  status(): CoreStatus;
  restoreBackup(ref: BackupRef): Promise<RestoreResult>;
  importRecord(exportFile: string, passphrase: string): Promise<RestoreResult>;
}
