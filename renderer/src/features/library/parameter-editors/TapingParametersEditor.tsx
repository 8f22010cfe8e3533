// Taping: tape, technique, stretch, wear time and side, from the taping descriptor table.
import { parameterDescriptors } from '../../../../../shared/domain/parameter-descriptors';
import type { TapingParameters } from '../../../../../shared/domain/parameters';
import { DescribedFields } from './DescribedFields';
import type { ParameterEditorProps } from './fields';
import { useUiLanguage } from '../../../app/i18n';

export function TapingParametersEditor(props: ParameterEditorProps<TapingParameters>) {
  const descriptors = parameterDescriptors('taping', props.value, useUiLanguage());
  return <DescribedFields {...props} descriptors={descriptors} />;
}
