// A folder the clinic typed for an export: absolute, existing, writable. The file name inside
// it is always ours, so a typed path can never overwrite a file.
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../errors';

export function resolveExportFolder(folder: string): string {
  const issue = (message: string) =>
    new AppError('VALIDATION', message, [{ path: ['folder'], message }]);
  if (!path.isAbsolute(folder)) throw issue('Enter the full path of a folder.');
  const resolved = path.resolve(folder);
  try {
    if (!fs.statSync(resolved).isDirectory()) throw issue(`${resolved} is not a folder.`);
    fs.accessSync(resolved, fs.constants.W_OK);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw issue(`${resolved} does not exist or cannot be written to.`);
  }
  return resolved;
}
