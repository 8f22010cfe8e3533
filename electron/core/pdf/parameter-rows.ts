// Every parameter of an item as label/value rows with units, for the clinician's summary.
// Labels, units and choice names come from the descriptor tables in shared/.
import {
  choiceText,
  deviceName,
  formatNumber,
  numberText,
  parameterDescriptors,
  textText,
  type DescribedParameter,
} from '../../../shared/domain/parameter-descriptors';
import type { FindingField, ItemParameters, Load } from '../../../shared/domain/parameters';

export type ParameterRow = readonly [label: string, value: string];

function loadLabel(load: Load): string {
  switch (load.type) {
    case 'bodyweight':
      return 'Body weight';
    case 'kg':
      return `${formatNumber(load.kg)} kg`;
    case 'band':
      return `Band (${load.colour})`;
    case 'other':
      return load.description;
    default: {
      const unreachable: never = load;
      return unreachable;
    }
  }
}

function findingRow(field: FindingField): ParameterRow {
  switch (field.type) {
    case 'number': {
      const range =
        field.min !== undefined || field.max !== undefined
          ? `${field.min ?? '…'}–${field.max ?? '…'}`
          : '';
      const details = [field.unit, range].filter(Boolean).join(', ');
      return [
        field.label,
        `Number${details ? ` (${details})` : ''}${field.sided ? ', left and right' : ''}`,
      ];
    }
    case 'test':
      return [
        field.label,
        `Positive / negative${field.sided ? ', left and right' : ''}${field.positiveIsRedFlag ? ' — positive is a red flag' : ''}`,
      ];
    case 'choice':
      return [field.label, `${field.options.join(' / ')}${field.sided ? ', left and right' : ''}`];
    case 'text':
      return [field.label, 'Free text'];
    default: {
      const unreachable: never = field;
      return unreachable;
    }
  }
}

/** The rows of a composite parameter (a load, another device's settings, findings). */
function compositeRows(item: ItemParameters, key: string, label: string): ParameterRow[] {
  if (item.kind === 'exercise' && key === 'load' && item.parameters.load) {
    return [[label, loadLabel(item.parameters.load)]];
  }
  if (item.kind === 'modality' && item.parameters.device === 'other' && key === 'settings') {
    return item.parameters.settings.map((s): ParameterRow => [
      s.label,
      `${formatNumber(s.value)}${s.unit ? ` ${s.unit}` : ''}`,
    ]);
  }
  if (item.kind === 'assessment' && key === 'fields') return item.parameters.fields.map(findingRow);
  return [];
}

function row(item: ItemParameters, [key, d]: DescribedParameter, value: unknown): ParameterRow[] {
  switch (d.type) {
    case 'number':
      return typeof value === 'number' ? [[d.label, numberText(d, value)]] : [];
    case 'choice':
      return typeof value === 'string' || typeof value === 'number'
        ? [[d.label, choiceText(d, value)]]
        : [];
    case 'text':
      return typeof value === 'string' && value !== '' ? [[d.label, textText(d, value)]] : [];
    case 'composite':
      return compositeRows(item, key, d.label);
    default: {
      const unreachable: never = d;
      return unreachable;
    }
  }
}

export function parameterRows(item: ItemParameters): ParameterRow[] {
  const parameters: Readonly<Record<string, unknown>> = item.parameters;
  const described = parameterDescriptors(item.kind, parameters);
  const device = deviceName(item);
  // A device's name carries the settings it is named by ("Radial shockwave").
  const rows: ParameterRow[] = device === undefined ? [] : [['Device', device]];
  for (const entry of described) {
    if (device !== undefined && entry[1].inName) continue;
    rows.push(...row(item, entry, parameters[entry[0]]));
  }
  return rows;
}
