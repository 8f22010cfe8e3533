// Per-kind parameter editors: each takes `value`, `onChange` and `errors` (messages by
// parameter path, e.g. "sets" or "load.kg"). ParameterEditor picks one by kind.
export { AssessmentParametersEditor, findingKey } from './AssessmentParametersEditor';
export { EducationParametersEditor } from './EducationParametersEditor';
export { ExerciseParametersEditor } from './ExerciseParametersEditor';
export type { ParameterErrors } from './fields';
export { ManualTherapyParametersEditor } from './ManualTherapyParametersEditor';
export { ModalityParametersEditor } from './ModalityParametersEditor';
export { OrthosisParametersEditor } from './OrthosisParametersEditor';
export { ParameterEditor, type ParameterEditorProps } from './ParameterEditor';
export { TapingParametersEditor } from './TapingParametersEditor';
