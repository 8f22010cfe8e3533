// The API contract: every method the renderer may call, declared once with zod schemas.
// Each domain declares its methods in shared/contract/<domain>.ts; this file joins them.
import type { z } from 'zod';
import { mergeContracts } from './contract/define';
import { accessMethods } from './contract/access';
import { auditMethods } from './contract/audit';
import { backupsMethods } from './contract/backups';
import { libraryMethods } from './contract/library';
import { pdfMethods } from './contract/pdf';
import { patientsMethods } from './contract/patients';
import { plansMethods } from './contract/plans';
import { settingsMethods } from './contract/settings';
import { visitsMethods } from './contract/visits';

export const api = mergeContracts(
  settingsMethods,
  libraryMethods,
  patientsMethods,
  plansMethods,
  visitsMethods,
  pdfMethods,
  backupsMethods,
  auditMethods,
  accessMethods,
);

export type Api = typeof api;
export type MethodName = keyof Api & string;
/** What a caller passes (before defaults and transforms). */
export type MethodInput<M extends MethodName> = z.input<Api[M]['input']>;
/** What a handler receives (after parsing). */
export type MethodArgs<M extends MethodName> = z.output<Api[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Api[M]['output']>;

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(api, name);
}

/** The one function both hosts hand to the renderer. */
export interface ApiClient {
  invoke<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
}
