// The API contract: every method the renderer may call, declared once with zod schemas.
// Each domain declares its methods in shared/contract/<domain>.ts; this file joins them.
import type { z } from 'zod';
import type { Result } from './errors';
import { mergeContracts } from './contract/define';
import { accessMethods } from './contract/access';
import { appMethods } from './contract/app';
import { auditMethods } from './contract/audit';
import { backupsMethods } from './contract/backups';
import { imagesMethods } from './contract/images';
import { libraryMethods } from './contract/library';
import { pdfMethods } from './contract/pdf';
import { patientsMethods } from './contract/patients';
import { plansMethods } from './contract/plans';
import { recoveryMethods } from './contract/recovery';
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
  recoveryMethods,
  imagesMethods,
  appMethods,
);

export type Api = typeof api;
export type MethodName = keyof Api & string;
/** What a caller passes (before defaults and transforms). */
export type MethodInput<M extends MethodName> = z.input<Api[M]['input']>;
/** What a handler receives (after parsing). */
export type MethodArgs<M extends MethodName> = z.output<Api[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Api[M]['output']>;

/** What the core runs for one method: given parsed input, answers the method's output. */
export type Handler<M extends MethodName> = (
  input: MethodArgs<M>,
) => MethodOutput<M> | Promise<MethodOutput<M>>;
/** Every method's handler: each domain builds its part, api/handlers.ts joins them. */
export type HandlerMap = { [M in MethodName]: Handler<M> };
/** The core's one door: any method name and input in, a result out; never throws. */
export type Dispatch = (method: unknown, input: unknown) => Promise<Result<unknown>>;

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(api, name);
}

/** The one function both hosts hand to the renderer. */
export interface ApiClient {
  invoke<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
}
