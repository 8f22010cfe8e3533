// Contract methods for backups and the whole-record export.
import type { backupsMethods } from '../../../shared/contract/backups';
import type { HandlerMap } from '../api/dispatch';
import { recordAudit } from '../audit/audit-log';
import type { CoreContext } from '../context';
import type { CoreControl } from '../core-control';
import { recoveryHandlers } from '../recovery/recovery-handlers';
import { backupOverview, createBackup } from './backup-service';
import { chooseFolder, folderForWriting } from './backup-folder';
import { writeRecordExport } from './record-file';
import { resolveExportFolder } from './export-folder';

export function backupsHandlers(
  ctx: CoreContext,
  control: CoreControl,
): Pick<HandlerMap, keyof typeof backupsMethods> {
  const env = control.env;
  return {
    ...recoveryHandlers(control),
    'backups.list': () => backupOverview(env),
    'backups.create': () => {
      const backup = createBackup(ctx.db, env, 'manual');
      recordAudit(ctx.db, ctx.clock, {
        entity: 'backup',
        entityId: backup.fileName,
        action: 'create',
      });
      return backup;
    },
    'backups.restore': (ref) => control.restoreBackup(ref),
    'backups.setFolder': ({ path }) => chooseFolder(env.dataDir, path),
    'backups.exportRecord': ({ folder, passphrase }) => {
      const target =
        folder === undefined ? folderForWriting(env.dataDir, false) : resolveExportFolder(folder);
      const summary = writeRecordExport(ctx.db, {
        folder: target,
        appVersion: control.appVersion,
        createdAt: ctx.clock(),
        migrations: env.migrations,
        key: env.key,
        passphrase,
        kdf: control.kdf,
      });
      recordAudit(ctx.db, ctx.clock, {
        entity: 'backup',
        entityId: 'whole-record',
        action: 'export',
      });
      return summary;
    },
    'backups.importRecord': ({ path, passphrase }) => control.importRecord(path, passphrase),
  };
}
