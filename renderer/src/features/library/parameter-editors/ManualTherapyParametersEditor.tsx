// Manual therapy: technique, region, grade I–V, duration and side, from the descriptor table.
import { manualTherapyDescriptors } from '../../../../../shared/domain/parameter-descriptors';
import type { ManualTherapyParameters } from '../../../../../shared/domain/parameters';
import { DescribedFields } from './DescribedFields';
import type { ParameterEditorProps } from './fields';

const descriptors = Object.entries(manualTherapyDescriptors);

export function ManualTherapyParametersEditor(
  props: ParameterEditorProps<ManualTherapyParameters>,
) {
  return <DescribedFields {...props} descriptors={descriptors} />;
}
