// Education leaflets: only an estimated reading time.
import { parameterDescriptors } from '../../../../../shared/domain/parameter-descriptors';
import type { EducationParameters } from '../../../../../shared/domain/parameters';
import { DescribedFields } from './DescribedFields';
import type { ParameterEditorProps } from './fields';
import { useUiLanguage } from '../../../app/i18n';

export function EducationParametersEditor(props: ParameterEditorProps<EducationParameters>) {
  const descriptors = parameterDescriptors('education', props.value, useUiLanguage());
  return <DescribedFields {...props} descriptors={descriptors} />;
}
