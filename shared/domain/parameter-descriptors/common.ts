// Descriptors several kinds share: the side a treatment is for.
import type { Side } from '../parameters';
import { choiceField, type ChoiceDescriptor } from './descriptor';

/** What a side refers to: a leg exercise, a shoe insert, a taped or treated side. */
export type SideBody = 'leg' | 'foot' | 'side';

/** Every side needs its words here: adding one to `sides` fails the type check until it has. */
const sideWords: Record<Side, { label: string; inLine(body: SideBody): string }> = {
  left: { label: 'Left', inLine: (body) => `left ${body}` },
  right: { label: 'Right', inLine: (body) => `right ${body}` },
  both: {
    label: 'Both',
    inLine: (body) => (body === 'foot' ? 'both feet' : body === 'leg' ? 'both legs' : 'both sides'),
  },
  // The patient's own sore side, whichever it is: "your sore leg", "your sore foot".
  affected: {
    label: 'Sore side',
    inLine: (body) => (body === 'side' ? 'your sore side' : `your sore ${body}`),
  },
};

export const sideValues = Object.keys(sideWords) as Side[];

export function sideDescriptor(body: SideBody): ChoiceDescriptor<Side> {
  return choiceField(
    'Side',
    sideValues.map((value) => ({
      value,
      label: sideWords[value].label,
      inLine: sideWords[value].inLine(body),
    })),
    { optional: true, joiner: ' — ' },
  );
}
