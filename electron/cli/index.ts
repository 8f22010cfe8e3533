// Admin command line for clinic IT: npm run cli -- <command> [--data-dir DIR] [--json].
// Exit codes: 0 done, 1 a check found problems (or a restore was not confirmed),
// 2 usage error, 3 the operation failed, 4 the data folder is in use by a running Physioplan.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { defaultDataDir } from '../core/data-dir';
import { DataFolderInUseError } from '../core/data-lock';
import { AppError } from '../core/errors';
import {
  backupCommand,
  exportCommand,
  importCommand,
  restoreCommand,
  statsCommand,
  rekeyCommand,
  UsageError,
  verifyCommand,
  type CommandOptions,
  type CommandResult,
} from './commands';

export const EXIT = { ok: 0, problems: 1, usage: 2, failed: 3, inUse: 4 } as const;

export const HELP = `Physioplan admin command line

Usage: npm run cli -- <command> [options]

Commands:
  backup                 Make a verified backup now, in the chosen backup folder.
  restore --file NAME    Replace the clinic record with a backup (a file name from "stats",
  restore --latest       or the newest backup that passes a full check). A safety backup of
                         the current record is made first. Needs --yes.
  verify [--backups]     Full integrity check, foreign keys and the audit chain; with
                         --backups also checks every backup file.
  export [--out FOLDER]  Write one portable file with the whole clinic record.
  import FILE            Set up a NEW, empty data folder (--data-dir) from an export file;
                         it opens with the export's passphrase.
  rekey                  Change the clinic passphrase (--new-passphrase-file); the records
                         are not rewritten.
  stats                  Row counts, schema version, backup folder and backups.

Options:
  --data-dir DIR   The data folder (default: $PHYSIOPLAN_DATA_DIR or the app's own folder).
  --passphrase-file FILE  The clinic passphrase (- reads standard input). Every command
                   that opens a data folder needs it; import reads the export's here.
  --new-passphrase-file FILE     rekey: the new clinic passphrase.
  --export-passphrase-file FILE  export: the passphrase that will protect the export.
  --json           Print one JSON object instead of text.
  --yes            Confirm a restore.
  -h, --help       Show this help.

Exit codes: 0 done; 1 problems found (verify) or restore not confirmed; 2 usage error;
3 the operation failed; 4 Physioplan is running on this data folder.
`;

interface Output {
  write(text: string): void;
  error(text: string): void;
}

function readAppVersion(): string {
  try {
    const pkg: unknown = JSON.parse(
      fs.readFileSync(path.resolve(import.meta.dirname, '../../package.json'), 'utf8'),
    );
    if (pkg && typeof pkg === 'object' && 'version' in pkg && typeof pkg.version === 'string')
      return pkg.version;
  } catch {
    // Fall through.
  }
  return '0.0.0';
}

const commands: Record<
  string,
  (options: CommandOptions) => CommandResult | Promise<CommandResult>
> = {
  backup: backupCommand,
  restore: restoreCommand,
  verify: verifyCommand,
  export: exportCommand,
  import: importCommand,
  stats: statsCommand,
  rekey: rekeyCommand,
};

export async function runCli(argv: readonly string[], out: Output): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        'data-dir': { type: 'string' },
        json: { type: 'boolean', default: false },
        yes: { type: 'boolean', default: false },
        latest: { type: 'boolean', default: false },
        backups: { type: 'boolean', default: false },
        file: { type: 'string' },
        out: { type: 'string' },
        'passphrase-file': { type: 'string' },
        'new-passphrase-file': { type: 'string' },
        'export-passphrase-file': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    out.error(`${error instanceof Error ? error.message : String(error)}\n\n${HELP}`);
    return EXIT.usage;
  }
  const { values, positionals } = parsed;
  const [name, ...rest] = positionals;
  if (values.help || name === undefined || name === 'help') {
    out.write(HELP);
    return name === undefined && !values.help ? EXIT.usage : EXIT.ok;
  }
  const command = commands[name];
  const extra = name === 'import' ? rest.slice(1) : rest;
  if (!command || extra.length > 0) {
    out.error(
      `${command ? `Unexpected argument "${extra.join(' ')}"` : `Unknown command "${name}"`}.\n\n${HELP}`,
    );
    return EXIT.usage;
  }
  // npm runs scripts from the package folder; INIT_CWD is where the user typed the command.
  const base = process.env['INIT_CWD'] ?? process.cwd();
  const options: CommandOptions = {
    dataDir: path.resolve(base, values['data-dir'] ?? defaultDataDir()),
    appVersion: readAppVersion(),
    file: name === 'import' ? rest[0] : values.file,
    out: values.out === undefined ? undefined : path.resolve(base, values.out),
    latest: values.latest,
    yes: values.yes,
    backups: values.backups,
    passphraseFile: fileOption(base, values['passphrase-file']),
    newPassphraseFile: fileOption(base, values['new-passphrase-file']),
    exportPassphraseFile: fileOption(base, values['export-passphrase-file']),
  };
  if (name === 'import' && options.file !== undefined)
    options.file = path.resolve(base, options.file);
  try {
    const result = await command(options);
    if (values.json)
      out.write(`${JSON.stringify({ ok: result.ok, command: name, ...result.data }, null, 2)}\n`);
    else out.write(`${result.lines.join('\n')}\n`);
    return result.ok ? EXIT.ok : EXIT.problems;
  } catch (error) {
    const usage = error instanceof UsageError;
    const code = error instanceof AppError ? error.code : usage ? 'USAGE' : 'INTERNAL';
    const message = error instanceof Error ? error.message : String(error);
    if (values.json)
      out.write(
        `${JSON.stringify({ ok: false, command: name, error: { code, message } }, null, 2)}\n`,
      );
    else out.error(`${message}\n`);
    if (usage) return EXIT.usage;
    return error instanceof DataFolderInUseError ? EXIT.inUse : EXIT.failed;
  }
}

function fileOption(base: string, value: string | undefined): string | undefined {
  if (value === undefined || value === '-') return value;
  return path.resolve(base, value);
}

const invokedDirectly =
  process.argv[1] !== undefined && path.resolve(process.argv[1]) === import.meta.filename;
if (invokedDirectly) {
  void runCli(process.argv.slice(2), {
    write: (text) => process.stdout.write(text),
    error: (text) => process.stderr.write(text),
  }).then((code) => {
    process.exitCode = code;
  });
}
