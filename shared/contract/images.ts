// Stored images (photos, drawings, the clinic logo), read by their content hash.
import { z } from 'zod';
import { method } from './define';
import { sha256Schema } from '../domain/common';

export const imagesMethods = {
  'images.get': method(
    z.object({ sha256: sha256Schema }),
    z.object({ mimeType: z.enum(['image/png', 'image/jpeg']), dataBase64: z.string() }),
  ),
};
