// Taping: tape, technique, stretch, wear time and side, from the taping descriptor table.
import { tapingDescriptors } from '../../../../../shared/domain/parameter-descriptors';
import type { TapingParameters } from '../../../../../shared/domain/parameters';
import { DescribedFields } from './DescribedFields';
import type { ParameterEditorProps } from './fields';

const descriptors = Object.entries(tapingDescriptors);

export function TapingParametersEditor(props: ParameterEditorProps<TapingParameters>) {
  return <DescribedFields {...props} descriptors={descriptors} />;
}
