// The editor for an item's parameters, chosen by its kind. The plan editor uses the same
// editors for a plan item's dose.
import type { ItemParameters } from '../../../../../shared/domain/parameters';
import { AssessmentParametersEditor } from './AssessmentParametersEditor';
import { EducationParametersEditor } from './EducationParametersEditor';
import { ExerciseParametersEditor } from './ExerciseParametersEditor';
import type { ParameterErrors } from './fields';
import { ManualTherapyParametersEditor } from './ManualTherapyParametersEditor';
import { ModalityParametersEditor } from './ModalityParametersEditor';
import { OrthosisParametersEditor } from './OrthosisParametersEditor';
import { TapingParametersEditor } from './TapingParametersEditor';

export interface ParameterEditorProps {
  value: ItemParameters;
  onChange(value: ItemParameters): void;
  errors?: ParameterErrors;
  size?: 'xs' | 'sm';
}

export function ParameterEditor({ value, onChange, errors, size }: ParameterEditorProps) {
  const common = { ...(errors ? { errors } : {}), ...(size ? { size } : {}) };
  switch (value.kind) {
    case 'exercise':
      return (
        <ExerciseParametersEditor
          {...common}
          value={value.parameters}
          onChange={(parameters) => onChange({ kind: 'exercise', parameters })}
        />
      );
    case 'modality':
      return (
        <ModalityParametersEditor
          {...common}
          value={value.parameters}
          onChange={(parameters) => onChange({ kind: 'modality', parameters })}
        />
      );
    case 'taping':
      return (
        <TapingParametersEditor
          {...common}
          value={value.parameters}
          onChange={(parameters) => onChange({ kind: 'taping', parameters })}
        />
      );
    case 'orthosis':
      return (
        <OrthosisParametersEditor
          {...common}
          value={value.parameters}
          onChange={(parameters) => onChange({ kind: 'orthosis', parameters })}
        />
      );
    case 'manual_therapy':
      return (
        <ManualTherapyParametersEditor
          {...common}
          value={value.parameters}
          onChange={(parameters) => onChange({ kind: 'manual_therapy', parameters })}
        />
      );
    case 'assessment':
      return (
        <AssessmentParametersEditor
          {...common}
          value={value.parameters}
          onChange={(parameters) => onChange({ kind: 'assessment', parameters })}
        />
      );
    case 'education':
      return (
        <EducationParametersEditor
          {...common}
          value={value.parameters}
          onChange={(parameters) => onChange({ kind: 'education', parameters })}
        />
      );
    default: {
      const unreachable: never = value;
      return unreachable;
    }
  }
}
