// The renderer's host: native save/open dialogs and folder choice, whichever host it runs in.
// Under Electron the calls go through the preload bridge to the main process; in the browser
// host they use what a web page has (a save picker or a download, a file input).
import type { PhysioplanBridge } from '../../../shared/bridge';
import { invoke } from './api';
import { ApiError, readApiErrorData } from '../../../shared/errors';
import {
  hostMethods,
  type HostApi,
  type HostMethodArgs,
  type HostMethodInput,
  type HostMethodName,
  type HostMethodOutput,
} from '../../../shared/host-api';

export function createElectronHost(bridge: PhysioplanBridge): HostApi {
  return {
    kind: 'electron',
    capabilities: { chooseFolder: true, saveReportsLocation: true },
    invoke: async (method, input) => {
      const result = await bridge.invoke(method, input);
      if (result.ok) return result.value as never;
      throw new ApiError(
        readApiErrorData(result.error) ?? {
          code: 'INTERNAL',
          message: 'The app answered in an unexpected way.',
        },
      );
    },
  };
}

function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

async function blobToBase64(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk)
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

interface SaveFilePickerWindow {
  showSaveFilePicker?: (options: {
    suggestedName: string;
    types?: { description: string; accept: Record<string, string[]> }[];
  }) => Promise<{
    createWritable(): Promise<{ write(data: Blob): Promise<void>; close(): Promise<void> }>;
  }>;
}

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

async function saveInBrowser(
  input: HostMethodArgs<'host.saveFile'>,
): Promise<HostMethodOutput<'host.saveFile'>> {
  const blob = new Blob([base64ToBytes(input.dataBase64)], { type: input.mimeType });
  const picker = (window as Window & SaveFilePickerWindow).showSaveFilePicker;
  if (picker) {
    try {
      const handle = await picker({
        suggestedName: input.fileName,
        ...(input.filters
          ? {
              types: input.filters.map((filter) => ({
                description: filter.name,
                accept: { [input.mimeType]: filter.extensions.map((extension) => `.${extension}`) },
              })),
            }
          : {}),
      });
      const writable = await handle.createWritable();
      await writable.write(blob);
      await writable.close();
      return { saved: true, location: null };
    } catch (error) {
      if (isAbort(error)) return { saved: false, location: null };
      // The picker needs a recent click; after a slow PDF it may refuse. A download still works.
    }
  }
  const url = URL.createObjectURL(blob);
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = input.fileName;
    link.rel = 'noopener';
    document.body.append(link);
    link.click();
    link.remove();
  } finally {
    // Give the browser a moment to start the download before the URL goes away.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
  return { saved: true, location: null };
}

/** A document the core keeps: the core records the save and hands its bytes over, then as above. */
async function savePdfInBrowser(
  input: HostMethodArgs<'host.savePdf'>,
): Promise<HostMethodOutput<'host.savePdf'>> {
  const file = await invoke('pdf.output', { documentId: input.documentId, purpose: 'save' });
  return saveInBrowser({
    fileName: input.fileName,
    mimeType: 'application/pdf',
    dataBase64: file.dataBase64,
    filters: [{ name: 'PDF document', extensions: ['pdf'] }],
  });
}

function openInBrowser(
  input: HostMethodArgs<'host.openFile'>,
): Promise<HostMethodOutput<'host.openFile'>> {
  return new Promise((resolve, reject) => {
    const field = document.createElement('input');
    field.type = 'file';
    field.accept = input.filters
      .flatMap((filter) => filter.extensions.map((extension) => `.${extension}`))
      .join(',');
    field.style.display = 'none';
    const finish = () => field.remove();
    field.addEventListener('cancel', () => {
      finish();
      resolve({ file: null });
    });
    field.addEventListener('change', () => {
      const file = field.files?.[0];
      finish();
      if (!file) return resolve({ file: null });
      if (file.size > input.maxBytes) {
        const mb = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
        return reject(
          new ApiError({
            code: 'VALIDATION',
            message: `"${file.name}" is ${mb(file.size)}; files up to ${mb(input.maxBytes)} can be used here.`,
          }),
        );
      }
      blobToBase64(file).then(
        (dataBase64) =>
          resolve({ file: { fileName: file.name, dataBase64, sizeBytes: file.size } }),
        () => reject(new ApiError({ code: 'IO', message: `Could not read "${file.name}".` })),
      );
    });
    document.body.append(field);
    field.click();
  });
}

async function runInBrowser<M extends HostMethodName>(
  method: M,
  args: HostMethodArgs<M>,
): Promise<HostMethodOutput<M>>;
async function runInBrowser(method: HostMethodName, args: unknown): Promise<unknown> {
  switch (method) {
    case 'host.saveFile':
      return saveInBrowser(args as HostMethodArgs<'host.saveFile'>);
    case 'host.savePdf':
      return savePdfInBrowser(args as HostMethodArgs<'host.savePdf'>);
    case 'host.openFile':
      return openInBrowser(args as HostMethodArgs<'host.openFile'>);
    case 'host.chooseFolder':
      // A web page cannot learn a folder's path; screens check capabilities.chooseFolder and
      // ask for the path as text instead.
      return { path: null };
    default: {
      const unknownMethod: never = method;
      throw new ApiError({
        code: 'VALIDATION',
        message: `Unknown host method "${String(unknownMethod)}".`,
      });
    }
  }
}

export function createBrowserHost(): HostApi {
  return {
    kind: 'browser',
    capabilities: { chooseFolder: false, saveReportsLocation: false },
    invoke: async <M extends HostMethodName>(method: M, input: HostMethodInput<M>) => {
      const parsed = hostMethods[method].input.safeParse(input);
      if (!parsed.success) {
        throw new ApiError({
          code: 'VALIDATION',
          message: parsed.error.issues[0]?.message ?? 'Invalid request',
        });
      }
      return runInBrowser(method, parsed.data as HostMethodArgs<M>);
    },
  };
}

function createHost(): HostApi {
  const bridge = window.physioplan;
  return bridge ? createElectronHost(bridge) : createBrowserHost();
}

/** The host this renderer runs in; screens call `hostApi.invoke('host.saveFile', ...)`. */
export const hostApi: HostApi = createHost();
