// Orthoses and footwear: type, heel raise, side and wear schedule, from the descriptor table.
import { parameterDescriptors } from '../../../../../shared/domain/parameter-descriptors';
import type { OrthosisParameters } from '../../../../../shared/domain/parameters';
import { DescribedFields } from './DescribedFields';
import type { ParameterEditorProps } from './fields';
import { useUiLanguage } from '../../../app/i18n';

export function OrthosisParametersEditor(props: ParameterEditorProps<OrthosisParameters>) {
  const descriptors = parameterDescriptors('orthosis', props.value, useUiLanguage());
  return <DescribedFields {...props} descriptors={descriptors} />;
}
