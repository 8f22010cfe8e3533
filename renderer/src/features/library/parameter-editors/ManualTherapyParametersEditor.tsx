// Manual therapy: technique, region, grade I–V, duration and side, from the descriptor table.
import { parameterDescriptors } from '../../../../../shared/domain/parameter-descriptors';
import type { ManualTherapyParameters } from '../../../../../shared/domain/parameters';
import { DescribedFields } from './DescribedFields';
import type { ParameterEditorProps } from './fields';
import { useUiLanguage } from '../../../app/i18n';

export function ManualTherapyParametersEditor(
  props: ParameterEditorProps<ManualTherapyParameters>,
) {
  const descriptors = parameterDescriptors('manual_therapy', props.value, useUiLanguage());
  return <DescribedFields {...props} descriptors={descriptors} />;
}
