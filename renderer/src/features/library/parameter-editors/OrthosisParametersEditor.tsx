// Orthoses and footwear: type, heel raise, side and wear schedule, from the descriptor table.
import { orthosisDescriptors } from '../../../../../shared/domain/parameter-descriptors';
import type { OrthosisParameters } from '../../../../../shared/domain/parameters';
import { DescribedFields } from './DescribedFields';
import type { ParameterEditorProps } from './fields';

const descriptors = Object.entries(orthosisDescriptors);

export function OrthosisParametersEditor(props: ParameterEditorProps<OrthosisParameters>) {
  return <DescribedFields {...props} descriptors={descriptors} />;
}
