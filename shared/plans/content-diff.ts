// What differs between two copies of an item's content (the plan's copy and the library item
// now, or an item in two plan versions): title, summary, steps, cautions, photos, video and
// clinician notes, each as "old → new" a clinician can read. The dose is not content: it is
// the plan's own and compared elsewhere.
import { z } from 'zod';
import { idSchema } from '../domain/common';
import type { ItemContent } from '../domain/library';

/** One field that differs: before and after as a clinician reads them (null: none). */
export const fieldChangeSchema = z.object({
  key: z.string(),
  label: z.string(),
  before: z.string().nullable(),
  after: z.string().nullable(),
});
export type FieldChange = z.infer<typeof fieldChangeSchema>;

/** A plan item whose library item changed since the plan took its copy. */
export const libraryChangeSchema = z.object({
  itemId: idSchema,
  title: z.string(),
  changes: z.array(fieldChangeSchema),
});
export type LibraryChange = z.infer<typeof libraryChangeSchema>;

type Content = Pick<
  ItemContent,
  'title' | 'summary' | 'instructions' | 'cautions' | 'clinicianNotes' | 'images' | 'videoUrl'
>;

const contentKey = /^(title|summary|instructions\.\d+|cautions\.\d+|images|video|clinicianNotes)$/;

/** Content changes read with their label ("Step 2: …"); a dose part reads on its own. */
export function isContentChange(change: FieldChange): boolean {
  return contentKey.test(change.key);
}

const orNull = (text: string): string | null => (text === '' ? null : text);

function listChanges(
  key: string,
  label: string,
  before: readonly string[],
  after: readonly string[],
): FieldChange[] {
  const changes: FieldChange[] = [];
  for (let i = 0; i < Math.max(before.length, after.length); i += 1) {
    const was = before[i] ?? null;
    const now = after[i] ?? null;
    if (was !== now)
      changes.push({ key: `${key}.${i}`, label: `${label} ${i + 1}`, before: was, after: now });
  }
  return changes;
}

const photoCount = (n: number): string | null =>
  n === 0 ? null : n === 1 ? '1 photo' : `${n} photos`;

export function contentChanges(before: Content, after: Content): FieldChange[] {
  const changes: FieldChange[] = [];
  if (before.title !== after.title)
    changes.push({ key: 'title', label: 'Title', before: before.title, after: after.title });
  if (before.summary !== after.summary)
    changes.push({
      key: 'summary',
      label: 'Summary',
      before: orNull(before.summary),
      after: orNull(after.summary),
    });
  changes.push(...listChanges('instructions', 'Step', before.instructions, after.instructions));
  changes.push(...listChanges('cautions', 'Caution', before.cautions, after.cautions));
  const photosBefore = before.images.map((image) => image.sha256).join(',');
  const photosAfter = after.images.map((image) => image.sha256).join(',');
  if (photosBefore !== photosAfter) {
    const same = before.images.length === after.images.length;
    changes.push({
      key: 'images',
      label: 'Photos',
      before: photoCount(before.images.length),
      after: same
        ? `${photoCount(after.images.length) ?? ''} (changed)`
        : photoCount(after.images.length),
    });
  }
  if (before.videoUrl !== after.videoUrl)
    changes.push({ key: 'video', label: 'Video', before: before.videoUrl, after: after.videoUrl });
  if (before.clinicianNotes !== after.clinicianNotes)
    changes.push({
      key: 'clinicianNotes',
      label: 'Clinician notes',
      before: orNull(before.clinicianNotes),
      after: orNull(after.clinicianNotes),
    });
  return changes;
}
