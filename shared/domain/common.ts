// Small schemas reused across domains: ids, timestamps, dates, binary payloads.
import { z } from 'zod';

export const idSchema = z.string().min(1).max(64);
export const timestampSchema = z.iso.datetime({ offset: false });
/** A calendar date as the clinician means it (no time zone): YYYY-MM-DD. */
export const isoDateSchema = z.iso.date({ message: 'Use a real date (YYYY-MM-DD).' });
export const sha256Schema = z.string().regex(/^[0-9a-f]{64}$/, 'Not a SHA-256 hex digest');

export const imageRefSchema = z.object({
  sha256: sha256Schema,
  mimeType: z.enum(['image/png', 'image/jpeg']),
  width: z.int().positive(),
  height: z.int().positive(),
});
export type ImageRef = z.infer<typeof imageRefSchema>;

/** A file the renderer hands to the core (it has no file system access of its own). */
export const uploadSchema = z.object({
  fileName: z.string().trim().min(1).max(255),
  dataBase64: z.base64(),
});
export type Upload = z.infer<typeof uploadSchema>;

export const handoutLanguages = {
  en: 'English',
  de: 'Deutsch',
  el: 'Ελληνικά',
  es: 'Español',
  fr: 'Français',
  it: 'Italiano',
  nl: 'Nederlands',
  pl: 'Polski',
  pt: 'Português',
  ru: 'Русский',
  tr: 'Türkçe',
  uk: 'Українська',
} as const;
export type HandoutLanguage = keyof typeof handoutLanguages;
export const handoutLanguageSchema = z.enum(
  Object.keys(handoutLanguages) as [HandoutLanguage, ...HandoutLanguage[]],
);

/**
 * How many rows of a list could not be read (damaged, or from a crafted import) and were left
 * out; the screen says so instead of failing whole.
 */
export const unreadableCountSchema = z.int().nonnegative();

/** "1 record could not be read", "3 records could not be read". */
export function unreadableNotice(count: number): string {
  return `${count} ${count === 1 ? 'record' : 'records'} could not be read`;
}
