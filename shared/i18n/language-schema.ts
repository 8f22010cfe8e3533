// The screens' languages as a schema, for the API contract and the database rows. Apart from
// languages.ts so that reading the language list loads no schema library (the first screen
// reads it).
import { z } from 'zod';
import { uiLanguages } from './languages';

export const uiLanguageSchema = z.enum(uiLanguages);
