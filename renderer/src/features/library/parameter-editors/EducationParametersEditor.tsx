// Education leaflets: only an estimated reading time.
import { educationDescriptors } from '../../../../../shared/domain/parameter-descriptors';
import type { EducationParameters } from '../../../../../shared/domain/parameters';
import { DescribedFields } from './DescribedFields';
import type { ParameterEditorProps } from './fields';

const descriptors = Object.entries(educationDescriptors);

export function EducationParametersEditor(props: ParameterEditorProps<EducationParameters>) {
  return <DescribedFields {...props} descriptors={descriptors} />;
}
