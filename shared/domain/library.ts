// Library items: the reusable content a clinician builds plans from.
import { z } from 'zod';
import { itemTranslationsSchema } from './item-translations';
import { idSchema, imageRefSchema, timestampSchema, unreadableCountSchema } from './common';
import {
  assessmentParametersSchema,
  educationParametersSchema,
  exerciseParametersSchema,
  itemKindSchema,
  itemParametersSchema,
  manualTherapyParametersSchema,
  modalityParametersSchema,
  orthosisParametersSchema,
  tapingParametersSchema,
} from './parameters';

export const difficulties = ['beginner', 'intermediate', 'advanced'] as const;
export const difficultySchema = z.enum(difficulties);
export type Difficulty = z.infer<typeof difficultySchema>;

/** Suggested vocabularies; items may use others (shown as facets all the same). */
export const bodyRegions = [
  'Foot',
  'Heel',
  'Plantar fascia',
  'Achilles tendon',
  'Ankle',
  'Calf',
  'Knee',
  'Thigh',
  'Hip',
  'Lower back',
  'Trunk',
  'Whole body',
] as const;
export const heelPainConditions = [
  'Plantar heel pain',
  'Achilles tendinopathy',
  'Calcaneal bursitis',
  'Calcaneal stress fracture',
  'Running load management',
] as const;

/** Photos are downscaled to this longest side when attached. */
export const LIBRARY_IMAGE_MAX_PIXELS = 1600;
/** A phone photo fits; anything larger is refused before decoding. */
export const LIBRARY_IMAGE_MAX_BYTES = 25 * 1024 * 1024;
export const LIBRARY_MAX_IMAGES = 12;

const words = (label: string, maxItems: number) =>
  z
    .array(z.string().trim().min(1).max(60))
    .max(maxItems, { message: `Keep ${label} to at most ${maxItems} entries.` });

/** The content of an item: what gets copied into a patient's plan. */
const contentFields = {
  title: z
    .string()
    .trim()
    .min(1, { message: 'Give the item a title.' })
    .max(160, { message: 'Keep the title to 160 characters.' }),
  summary: z.string().trim().max(1000),
  /** Patient-facing steps in plain language, in order. */
  instructions: z.array(z.string().trim().min(1).max(1000)).max(30),
  cautions: z.array(z.string().trim().min(1).max(500)).max(15),
  clinicianNotes: z.string().trim().max(5000),
  images: z.array(imageRefSchema).max(LIBRARY_MAX_IMAGES),
  videoUrl: z
    .url({ protocol: /^https?$/, message: 'Video link must start with https://' })
    .max(500)
    .nullable(),
  /** The patient-facing text in other languages (absent: English only). */
  translations: itemTranslationsSchema.optional(),
};

export const itemContentSchema = z.intersection(z.object(contentFields), itemParametersSchema);
export type ItemContent = z.infer<typeof itemContentSchema>;

/** What a clinician edits (create or update). */
export const libraryItemDraftSchema = z.intersection(
  z.object({
    ...contentFields,
    bodyRegions: words('body regions', 12),
    conditions: words('conditions', 12),
    tags: words('tags', 30),
    equipment: words('equipment', 12),
    difficulty: difficultySchema.nullable(),
  }),
  itemParametersSchema,
);
export type LibraryItemDraft = z.infer<typeof libraryItemDraftSchema>;

export const libraryItemSchema = z.intersection(
  libraryItemDraftSchema,
  z.object({
    id: idSchema,
    /** Stable key of built-in content (e.g. "exercise.eccentric-heel-drop"); null for own items. */
    builtInKey: z.string().nullable(),
    builtIn: z.boolean(),
    contentVersion: z.int().nonnegative(),
    /** The item this one was customised from, if any. */
    copiedFromId: idSchema.nullable(),
    source: z.string().nullable(),
    archived: z.boolean(),
    /** Imported without cautions: a clinician checks it before a patient sheet may use it. */
    needsReview: z.boolean(),
    createdAt: timestampSchema,
    updatedAt: timestampSchema,
  }),
);
export type LibraryItem = z.infer<typeof libraryItemSchema>;

/** The editable part of an item (what create and update take). */
export function draftOfItem(item: LibraryItem): LibraryItemDraft {
  const {
    id: _id,
    builtInKey: _builtInKey,
    builtIn: _builtIn,
    contentVersion: _contentVersion,
    copiedFromId: _copiedFromId,
    source: _source,
    archived: _archived,
    needsReview: _needsReview,
    createdAt: _createdAt,
    updatedAt: _updatedAt,
    ...draft
  } = item;
  return draft;
}

export const libraryKindFilterSchema = itemKindSchema;

/** One item of the built-in content shipped in resources/library (written by us). */
export const builtInItemSchema = z.intersection(
  libraryItemDraftSchema,
  z.object({
    key: z.string().regex(/^[a-z_]+\.[a-z0-9-]+$/, {
      message: 'Built-in keys look like "exercise.eccentric-heel-drop".',
    }),
    /** Raised when the item's text or parameters change, so installed copies upgrade. */
    contentVersion: z.int().positive(),
  }),
);
export type BuiltInItem = z.infer<typeof builtInItemSchema>;

export const builtInLibraryFileSchema = z.object({
  format: z.literal('physioplan.builtin-library'),
  items: z.array(builtInItemSchema),
});

/**
 * Where an item came from, as a facet: shipped with the app, made (or customised) here, or
 * imported from free-exercise-db (hundreds of gym exercises, hidden beside a plan by default).
 */
export const itemOrigins = ['built-in', 'own', 'free-exercise-db'] as const;
export const itemOriginSchema = z.enum(itemOrigins);
export type ItemOrigin = z.infer<typeof itemOriginSchema>;
export const itemOriginLabels: Record<ItemOrigin, string> = {
  'built-in': 'Built-in',
  own: 'Own item',
  'free-exercise-db': 'free-exercise-db',
};
/** Items imported from free-exercise-db keep its id in `source` ("free-exercise-db:<id>"). */
export const FREE_EXERCISE_DB_SOURCE_PREFIX = 'free-exercise-db:';

export function itemOrigin(item: { builtIn: boolean; source: string | null }): ItemOrigin {
  if (item.builtIn) return 'built-in';
  return item.source?.startsWith(FREE_EXERCISE_DB_SOURCE_PREFIX) ? 'free-exercise-db' : 'own';
}

const summaryFields = z.object({
  id: idSchema,
  title: z.string(),
  summary: z.string(),
  bodyRegions: z.array(z.string()),
  conditions: z.array(z.string()),
  tags: z.array(z.string()),
  equipment: z.array(z.string()),
  difficulty: difficultySchema.nullable(),
  builtIn: z.boolean(),
  origin: itemOriginSchema,
  archived: z.boolean(),
  needsReview: z.boolean(),
  thumbnail: imageRefSchema.nullable(),
});

/**
 * What the library list shows for one item (search results); `thumbnail` is the first photo.
 * A union by kind rather than an intersection: every search result passes through it, and a
 * discriminated union checks in half the time.
 */
export const libraryItemSummarySchema = z.discriminatedUnion('kind', [
  summaryFields.extend({ kind: z.literal('assessment'), parameters: assessmentParametersSchema }),
  summaryFields.extend({
    kind: z.literal('manual_therapy'),
    parameters: manualTherapyParametersSchema,
  }),
  summaryFields.extend({ kind: z.literal('exercise'), parameters: exerciseParametersSchema }),
  summaryFields.extend({ kind: z.literal('taping'), parameters: tapingParametersSchema }),
  summaryFields.extend({ kind: z.literal('orthosis'), parameters: orthosisParametersSchema }),
  summaryFields.extend({ kind: z.literal('modality'), parameters: modalityParametersSchema }),
  summaryFields.extend({ kind: z.literal('education'), parameters: educationParametersSchema }),
]);
export type LibraryItemSummary = z.infer<typeof libraryItemSummarySchema>;

const filterValues = z.array(z.string().trim().min(1).max(60)).max(50);

export const LIBRARY_SEARCH_DEFAULT_LIMIT = 50;
export const LIBRARY_SEARCH_MAX_LIMIT = 200;

export const librarySearchInputSchema = z.object({
  /** Words typed by the clinician; the last one matches as a prefix while typing. */
  query: z.string().max(200, { message: 'Keep the search to 200 characters.' }),
  kinds: z.array(itemKindSchema).max(7).optional(),
  bodyRegions: filterValues.optional(),
  conditions: filterValues.optional(),
  equipment: filterValues.optional(),
  difficulties: z.array(difficultySchema).max(3).optional(),
  /** ["needs_review"]: only imported items waiting for a clinician's review. */
  review: z.array(z.literal('needs_review')).max(1).optional(),
  origins: z.array(itemOriginSchema).max(3).optional(),
  /**
   * Conditions to rank first (a plan's condition: heel pain content before the rest); items
   * that do not match still follow, in their usual order.
   */
  preferConditions: filterValues.optional(),
  includeArchived: z.boolean().default(false),
  limit: z.int().min(1).max(LIBRARY_SEARCH_MAX_LIMIT).default(LIBRARY_SEARCH_DEFAULT_LIMIT),
  offset: z.int().min(0).default(0),
});
export type LibrarySearchInput = z.input<typeof librarySearchInputSchema>;
export type LibrarySearchQuery = z.output<typeof librarySearchInputSchema>;

export const facetCountSchema = z.object({ value: z.string(), count: z.int().nonnegative() });
export type FacetCount = z.infer<typeof facetCountSchema>;

export const libraryFacetsSchema = z.object({
  kinds: z.array(facetCountSchema),
  bodyRegions: z.array(facetCountSchema),
  conditions: z.array(facetCountSchema),
  equipment: z.array(facetCountSchema),
  difficulties: z.array(facetCountSchema),
  review: z.array(facetCountSchema),
  origins: z.array(facetCountSchema),
});
export type LibraryFacets = z.infer<typeof libraryFacetsSchema>;
export type FacetName = keyof LibraryFacets;

export const librarySearchResultSchema = z.object({
  /** How many items match (the list shows `items`, a page of them). */
  total: z.int().nonnegative(),
  items: z.array(libraryItemSummarySchema),
  facets: libraryFacetsSchema,
  /** Library items that could not be read and are left out of every search. */
  unreadable: unreadableCountSchema,
});
export type LibrarySearchResult = z.infer<typeof librarySearchResultSchema>;
