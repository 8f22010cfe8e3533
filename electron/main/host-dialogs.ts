// Host methods backed by native dialogs: save a file the core produced (or a document it keeps,
// by reference), open a file for an upload, choose a folder. The renderer never sees a path it
// did not pick in a dialog.
import fs from 'node:fs/promises';
import path from 'node:path';
import type {
  BaseWindow,
  Dialog,
  IpcMainInvokeEvent,
  OpenDialogOptions,
  SaveDialogOptions,
} from 'electron';
import type { FileFilter } from '../../shared/host-api';
import { AppError } from '../core/errors';
import type { HostHandlers } from './ipc';

export interface HostDialogDeps {
  dialog: Pick<Dialog, 'showSaveDialog' | 'showOpenDialog'>;
  /** The window that asked, so the dialog is modal to it. */
  windowFor: (event: IpcMainInvokeEvent) => BaseWindow | null;
  /** Where the save dialog starts (the user's Documents folder). */
  documentsDir: () => string;
  /**
   * A document the core keeps (pdf.*), recorded as saved: its bytes come straight from the core
   * in this process, never through the renderer.
   */
  savedDocument: (documentId: string) => Promise<Buffer>;
}

const FILTER_NAMES: Record<string, string> = {
  pdf: 'PDF document',
  csv: 'CSV table',
  json: 'JSON file',
  zip: 'ZIP archive',
  png: 'PNG image',
  jpg: 'JPEG image',
  jpeg: 'JPEG image',
  sqlite: 'Physioplan database',
};

/** A filter matching the file's own extension, so the dialog does not offer the wrong type. */
export function filtersForFileName(fileName: string): FileFilter[] {
  const extension = path.extname(fileName).slice(1).toLowerCase();
  if (!/^[a-z0-9]{1,10}$/.test(extension)) return [];
  return [
    { name: FILTER_NAMES[extension] ?? `${extension.toUpperCase()} file`, extensions: [extension] },
  ];
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function showSave(deps: HostDialogDeps, event: IpcMainInvokeEvent, options: SaveDialogOptions) {
  const window = deps.windowFor(event);
  return window ? deps.dialog.showSaveDialog(window, options) : deps.dialog.showSaveDialog(options);
}

function showOpen(deps: HostDialogDeps, event: IpcMainInvokeEvent, options: OpenDialogOptions) {
  const window = deps.windowFor(event);
  return window ? deps.dialog.showOpenDialog(window, options) : deps.dialog.showOpenDialog(options);
}

/** Writes next to the target and renames, so a failed save never leaves half a PDF behind. */
async function writeFileAtomically(target: string, data: Buffer): Promise<void> {
  const temporary = path.join(
    path.dirname(target),
    `.${path.basename(target)}.${process.pid}.partial`,
  );
  try {
    await fs.writeFile(temporary, data);
    await fs.rename(temporary, target);
  } catch (error) {
    await fs.rm(temporary, { force: true }).catch(() => undefined);
    throw error;
  }
}

/** Asks where, then writes what `bytes` gives (asked for only once a place is chosen). */
async function saveWithDialog(
  deps: HostDialogDeps,
  event: IpcMainInvokeEvent,
  fileName: string,
  filters: FileFilter[],
  bytes: () => Buffer | Promise<Buffer>,
): Promise<{ saved: boolean; location: string | null }> {
  const result = await showSave(deps, event, {
    defaultPath: path.join(deps.documentsDir(), fileName),
    filters,
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  });
  if (result.canceled || !result.filePath) return { saved: false, location: null };
  const data = await bytes();
  try {
    await writeFileAtomically(result.filePath, data);
  } catch (error) {
    throw new AppError(
      'IO',
      `Could not save "${path.basename(result.filePath)}" (${String(error)}). Choose another folder or check that the drive has space.`,
    );
  }
  return { saved: true, location: result.filePath };
}

export function createHostHandlers(deps: HostDialogDeps): HostHandlers {
  return {
    'host.saveFile': (input, event) =>
      saveWithDialog(
        deps,
        event,
        input.fileName,
        input.filters ?? filtersForFileName(input.fileName),
        () => Buffer.from(input.dataBase64, 'base64'),
      ),

    'host.savePdf': (input, event) =>
      saveWithDialog(deps, event, input.fileName, filtersForFileName(input.fileName), () =>
        deps.savedDocument(input.documentId),
      ),

    'host.openFile': async (input, event) => {
      const result = await showOpen(deps, event, {
        ...(input.title ? { title: input.title } : {}),
        filters: input.filters,
        properties: ['openFile'],
      });
      const chosen = result.canceled ? undefined : result.filePaths[0];
      if (!chosen) return { file: null };
      const fileName = path.basename(chosen);
      let data: Buffer;
      try {
        const stats = await fs.stat(chosen);
        if (stats.size > input.maxBytes) {
          throw new AppError(
            'VALIDATION',
            `"${fileName}" is ${megabytes(stats.size)}; files up to ${megabytes(input.maxBytes)} can be used here.`,
          );
        }
        data = await fs.readFile(chosen);
      } catch (error) {
        if (error instanceof AppError) throw error;
        throw new AppError('IO', `Could not read "${fileName}" (${String(error)}).`);
      }
      return { file: { fileName, dataBase64: data.toString('base64'), sizeBytes: data.length } };
    },

    'host.chooseFolder': async (input, event) => {
      const result = await showOpen(deps, event, {
        ...(input.title ? { title: input.title } : {}),
        properties: ['openDirectory', 'createDirectory'],
      });
      const chosen = result.canceled ? undefined : result.filePaths[0];
      return { path: chosen ?? null };
    },
  };
}
