// Descriptors several kinds share: the side a treatment is for.
import type { Side } from '../parameters';
import { choiceField, type ChoiceDescriptor, type Words } from './descriptor';

/** What a side refers to: a leg exercise, a shoe insert, a taped or treated side. */
export type SideBody = 'leg' | 'foot' | 'side';

/** Every side needs its words here: adding one to `sides` fails the type check until it has. */
function sideWords({
  t,
}: Words): Record<Side, { label: string; inLine: Record<SideBody, string> }> {
  return {
    left: {
      label: t('params:side.left'),
      inLine: {
        leg: t('params:side.leg.left'),
        foot: t('params:side.foot.left'),
        side: t('params:side.body.left'),
      },
    },
    right: {
      label: t('params:side.right'),
      inLine: {
        leg: t('params:side.leg.right'),
        foot: t('params:side.foot.right'),
        side: t('params:side.body.right'),
      },
    },
    both: {
      label: t('params:side.both'),
      inLine: {
        leg: t('params:side.leg.both'),
        foot: t('params:side.foot.both'),
        side: t('params:side.body.both'),
      },
    },
    // The patient's own sore side, whichever it is: "your sore leg", "your sore foot".
    affected: {
      label: t('params:side.affected'),
      inLine: {
        leg: t('params:side.leg.affected'),
        foot: t('params:side.foot.affected'),
        side: t('params:side.body.affected'),
      },
    },
  };
}

export const sideValues: readonly Side[] = ['left', 'right', 'both', 'affected'];

export function sideDescriptor(w: Words, body: SideBody): ChoiceDescriptor<Side> {
  const words = sideWords(w);
  return choiceField(
    w,
    w.t('params:side.label'),
    sideValues.map((value) => ({
      value,
      label: words[value].label,
      inLine: words[value].inLine[body],
    })),
    { optional: true, joiner: ' — ' },
  );
}
