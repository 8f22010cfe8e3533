// What the running app is: its version, schema version, data folder and host.
import { z } from 'zod';
import { method } from './define';

export const appMethods = {
  'app.info': method(
    z.object({}),
    z.object({
      version: z.string(),
      schemaVersion: z.int(),
      dataDir: z.string(),
      host: z.enum(['electron', 'browser', 'test', 'cli']),
    }),
  ),
};
