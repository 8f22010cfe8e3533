// Words and icons for the library: kinds, difficulties, and the facet names.
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
  itemOriginLabels,
  itemOriginSchema,
  type Difficulty,
  type FacetName,
} from '../../../../shared/domain/library';

function originLabel(value: string): string {
  const origin = itemOriginSchema.safeParse(value);
  return origin.success ? itemOriginLabels[origin.data] : value;
}
import { itemKindLabels, type ItemKind } from '../../../../shared/domain/parameters';

export { itemKindLabels };

export const difficultyLabels: Record<Difficulty, string> = {
  beginner: 'Beginner',
  intermediate: 'Intermediate',
  advanced: 'Advanced',
};

export const facetLabels: Record<FacetName, string> = {
  kinds: 'Kind',
  bodyRegions: 'Body region',
  conditions: 'Condition',
  equipment: 'Equipment',
  difficulties: 'Difficulty',
  review: 'Review',
  origins: 'Source',
};

/** How a facet value reads on screen (kinds and difficulties have labels; others are text). */
export function facetValueLabel(facet: FacetName, value: string): string {
  if (facet === 'kinds') return itemKindLabels[value as ItemKind] ?? value;
  if (facet === 'difficulties') return difficultyLabels[value as Difficulty] ?? value;
  if (facet === 'review' && value === 'needs_review') return 'Needs review';
  if (facet === 'origins') return originLabel(value);
  return value;
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
