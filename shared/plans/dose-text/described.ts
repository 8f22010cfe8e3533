// Dose-line pieces read from the descriptor tables: each set parameter in table order, worded
// and joined as its descriptor says. Kinds with wording of their own (exercise volume, a load,
// another device's settings, assessment findings) add their parts around these.
import {
  choiceInLine,
  inLineCase,
  numberText,
  textText,
  type DescribedParameter,
} from '../../domain/parameter-descriptors';
import { part, type DosePart } from './parts';

/** The part for one parameter's value, or null when it is unset or not in the line. */
export function describedPart([key, d]: DescribedParameter, value: unknown): DosePart | null {
  if (value === undefined || value === null || d.inName) return null;
  const label = inLineCase(d.label, d.language);
  const joiner = d.joiner ?? ', ';
  switch (d.type) {
    case 'number': {
      if (typeof value !== 'number') return null;
      const text = numberText(d, value);
      const line = d.inLine ? d.inLine(text, value) : text;
      return part(key, label, line, { joiner, short: d.short ? d.short(text, value) : line });
    }
    case 'choice':
      if (typeof value !== 'string' && typeof value !== 'number') return null;
      return part(key, label, choiceInLine(d, value), { joiner });
    case 'text':
      if (typeof value !== 'string' || value === '' || d.notInLine) return null;
      return part(key, label, textText(d, value), { joiner });
    case 'composite':
      return null;
    default: {
      const unreachable: never = d;
      return unreachable;
    }
  }
}

/** The parts of every described parameter that is set, in table order. */
export function describedParts(
  descriptors: readonly DescribedParameter[],
  parameters: Readonly<Record<string, unknown>>,
): DosePart[] {
  return descriptors.flatMap((described) => {
    const p = describedPart(described, parameters[described[0]]);
    return p ? [p] : [];
  });
}
