// Host methods: the few things only the host can do (native save/open dialogs, choosing a
// folder). They are not part of the core contract; each host implements them its own way
// (Electron: native dialogs in the main process; browser host: download / file input).
import { z } from 'zod';
import { HOST_FILE_MAX_BYTES } from './byte-limits';
import { method, type MethodSpec } from './contract/define';
import { uploadSchema } from './domain/common';

export { HOST_FILE_MAX_BYTES };

/** A file name without folders, control characters or characters Windows refuses. */
export const plainFileNameSchema = z
  .string()
  .trim()
  .min(1)
  .max(200)
  // eslint-disable-next-line no-control-regex -- control characters are exactly what we refuse
  .regex(/^[^/\\:*?"<>|\u0000-\u001f]+$/, 'A file name cannot contain / \\ : * ? " < > |')
  .refine((name) => name !== '.' && name !== '..', 'Not a file name');

export const fileFilterSchema = z.object({
  name: z.string().trim().min(1).max(80),
  extensions: z
    .array(z.string().regex(/^[a-z0-9]{1,10}$/i, 'An extension is letters and digits only'))
    .min(1)
    .max(20),
});
export type FileFilter = z.infer<typeof fileFilterSchema>;

export const hostMethods = {
  /** Saves bytes the core produced (a PDF, a CSV) where the clinician chooses. */
  'host.saveFile': method(
    z.object({
      fileName: plainFileNameSchema,
      mimeType: z.string().min(1).max(100),
      dataBase64: z.base64().max(Math.ceil(HOST_FILE_MAX_BYTES / 3) * 4),
      filters: z.array(fileFilterSchema).max(10).optional(),
    }),
    // `location` is null when the host cannot tell (a browser download).
    z.object({ saved: z.boolean(), location: z.string().nullable() }),
  ),
  /**
   * Saves a document the core rendered and keeps (pdf.*), by its reference: the host asks where,
   * then the core records the save and hands the bytes over (pdf.output).
   */
  'host.savePdf': method(
    z.object({ documentId: z.string().min(1).max(64), fileName: plainFileNameSchema }),
    z.object({ saved: z.boolean(), location: z.string().nullable() }),
  ),
  /** Lets the clinician pick one file; its bytes come back ready for an upload method. */
  'host.openFile': method(
    z.object({
      title: z.string().max(120).optional(),
      filters: z.array(fileFilterSchema).max(10).default([]),
      maxBytes: z.int().positive().max(HOST_FILE_MAX_BYTES).default(HOST_FILE_MAX_BYTES),
    }),
    z.object({ file: uploadSchema.extend({ sizeBytes: z.int().nonnegative() }).nullable() }),
  ),
  /** Picks a folder on this computer (e.g. for backups); null when cancelled. */
  'host.chooseFolder': method(
    z.object({ title: z.string().max(120).optional() }),
    z.object({ path: z.string().nullable() }),
  ),
} satisfies Record<`host.${string}`, MethodSpec>;

export type HostMethods = typeof hostMethods;
export type HostMethodName = keyof HostMethods & string;
export type HostMethodInput<M extends HostMethodName> = z.input<HostMethods[M]['input']>;
export type HostMethodArgs<M extends HostMethodName> = z.output<HostMethods[M]['input']>;
export type HostMethodOutput<M extends HostMethodName> = z.output<HostMethods[M]['output']>;

export function isHostMethodName(name: unknown): name is HostMethodName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(hostMethods, name);
}

/** What a host can do; the renderer hides what its host lacks instead of failing. */
export interface HostCapabilities {
  /** A real folder path can be chosen (Electron). The browser host asks for a typed path. */
  readonly chooseFolder: boolean;
  /** Saving tells where the file went (Electron); a browser download does not. */
  readonly saveReportsLocation: boolean;
}

/** The renderer's view of its host: the same calls whichever host it runs in. */
export interface HostApi {
  readonly kind: 'electron' | 'browser';
  readonly capabilities: HostCapabilities;
  invoke<M extends HostMethodName>(
    method: M,
    input: HostMethodInput<M>,
  ): Promise<HostMethodOutput<M>>;
}
