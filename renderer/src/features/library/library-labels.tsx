// Words and icons for the library: kinds, difficulties, sources and the facet names, in the
// screens' language (the shared English labels stay for the core's documents).
import {
  IconBandage,
  IconBook,
  IconBolt,
  IconHandStop,
  IconRun,
  IconShoe,
  IconStethoscope,
  type IconProps,
} from '@tabler/icons-react';
import {
  difficultySchema,
  itemOriginSchema,
  type Difficulty,
  type FacetName,
  type ItemOrigin,
} from '../../../../shared/domain/library';
import { itemKindSchema, type ItemKind } from '../../../../shared/domain/parameters';
import { useT } from '../../app/i18n';

export const kindLabelKeys = {
  assessment: 'library:kinds.assessment',
  manual_therapy: 'library:kinds.manual_therapy',
  exercise: 'library:kinds.exercise',
  taping: 'library:kinds.taping',
  orthosis: 'library:kinds.orthosis',
  modality: 'library:kinds.modality',
  education: 'library:kinds.education',
} as const satisfies Record<ItemKind, string>;

export const difficultyLabelKeys = {
  beginner: 'library:difficulty.beginner',
  intermediate: 'library:difficulty.intermediate',
  advanced: 'library:difficulty.advanced',
} as const satisfies Record<Difficulty, string>;

export const originLabelKeys = {
  'built-in': 'library:origins.builtIn',
  own: 'library:origins.own',
  'free-exercise-db': 'library:origins.freeExerciseDb',
} as const satisfies Record<ItemOrigin, string>;

export const facetLabelKeys = {
  kinds: 'library:facets.kinds',
  bodyRegions: 'library:facets.bodyRegions',
  conditions: 'library:facets.conditions',
  equipment: 'library:facets.equipment',
  difficulties: 'library:facets.difficulties',
  review: 'library:facets.review',
  origins: 'library:facets.origins',
} as const satisfies Record<FacetName, string>;

export const facetFilterKeys = {
  kinds: 'library:facetFilter.kinds',
  bodyRegions: 'library:facetFilter.bodyRegions',
  conditions: 'library:facetFilter.conditions',
  equipment: 'library:facetFilter.equipment',
  difficulties: 'library:facetFilter.difficulties',
  review: 'library:facetFilter.review',
  origins: 'library:facetFilter.origins',
} as const satisfies Record<FacetName, string>;

/**
 * How a facet value reads on screen: kinds, difficulties, review and sources have labels;
 * body regions, conditions and equipment are the items' own words.
 */
export function useFacetValueLabel(): (facet: FacetName, value: string) => string {
  const t = useT();
  return (facet, value) => {
    if (facet === 'kinds') {
      const kind = itemKindSchema.safeParse(value);
      return kind.success ? t(kindLabelKeys[kind.data]) : value;
    }
    if (facet === 'difficulties') {
      const difficulty = difficultySchema.safeParse(value);
      return difficulty.success ? t(difficultyLabelKeys[difficulty.data]) : value;
    }
    if (facet === 'review' && value === 'needs_review') return t('library:filters.needsReview');
    if (facet === 'origins') {
      const origin = itemOriginSchema.safeParse(value);
      return origin.success ? t(originLabelKeys[origin.data]) : value;
    }
    return value;
  };
}

const kindIcons: Record<ItemKind, (props: IconProps) => React.ReactNode> = {
  assessment: IconStethoscope,
  manual_therapy: IconHandStop,
  exercise: IconRun,
  taping: IconBandage,
  orthosis: IconShoe,
  modality: IconBolt,
  education: IconBook,
};

export function KindIcon({ kind, size = 18 }: { kind: ItemKind; size?: number }) {
  const Icon = kindIcons[kind];
  return <Icon size={size} stroke={1.5} color="var(--mantine-color-gray-6)" aria-hidden />;
}
