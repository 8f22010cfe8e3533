// Every parameter of an item as label/value rows with units, for the clinician's summary.
// Labels, units and choice names come from the descriptor tables in shared/, in the document's
// language.
import {
  choiceText,
  descriptorsIn,
  deviceName,
  formatNumber,
  numberText,
  parameterDescriptors,
  textText,
  type DescribedParameter,
  type Words,
} from '../../../shared/domain/parameter-descriptors';
import type { FindingField, ItemParameters, Load } from '../../../shared/domain/parameters';
import type { UiLanguage } from '../../../shared/i18n';

export type ParameterRow = readonly [label: string, value: string];

function loadLabel({ t, language }: Words, load: Load): string {
  switch (load.type) {
    case 'bodyweight':
      return t('params:rows.bodyWeight');
    case 'kg':
      return `${formatNumber(load.kg, language)} kg`;
    case 'band':
      return t('params:rows.band', { colour: load.colour });
    case 'other':
      return load.description;
    default: {
      const unreachable: never = load;
      return unreachable;
    }
  }
}

function findingRow({ t, language }: Words, field: FindingField): ParameterRow {
  const both = `, ${t('params:assessment.leftAndRight')}`;
  switch (field.type) {
    case 'number': {
      const bound = (n: number | undefined) => (n === undefined ? '…' : formatNumber(n, language));
      const range =
        field.min !== undefined || field.max !== undefined
          ? `${bound(field.min)}–${bound(field.max)}`
          : '';
      const details = [field.unit, range].filter(Boolean).join(', ');
      return [
        field.label,
        `${t('params:rows.number')}${details ? ` (${details})` : ''}${field.sided ? both : ''}`,
      ];
    }
    case 'test':
      return [
        field.label,
        `${t('params:rows.positiveNegative')}${field.sided ? both : ''}${field.positiveIsRedFlag ? ` — ${t('params:rows.positiveIsRedFlag')}` : ''}`,
      ];
    case 'choice':
      return [field.label, `${field.options.join(' / ')}${field.sided ? both : ''}`];
    case 'text':
      return [field.label, t('params:rows.freeText')];
    default: {
      const unreachable: never = field;
      return unreachable;
    }
  }
}

/** The rows of a composite parameter (a load, another device's settings, findings). */
function compositeRows(w: Words, item: ItemParameters, key: string, label: string): ParameterRow[] {
  if (item.kind === 'exercise' && key === 'load' && item.parameters.load) {
    return [[label, loadLabel(w, item.parameters.load)]];
  }
  if (item.kind === 'modality' && item.parameters.device === 'other' && key === 'settings') {
    return item.parameters.settings.map((s): ParameterRow => [
      s.label,
      `${formatNumber(s.value, w.language)}${s.unit ? ` ${s.unit}` : ''}`,
    ]);
  }
  if (item.kind === 'assessment' && key === 'fields')
    return item.parameters.fields.map((field) => findingRow(w, field));
  return [];
}

function row(
  w: Words,
  item: ItemParameters,
  [key, d]: DescribedParameter,
  value: unknown,
): ParameterRow[] {
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
      return compositeRows(w, item, key, d.label);
    default: {
      const unreachable: never = d;
      return unreachable;
    }
  }
}

/** The item's parameters as label/value rows in `language`. */
export function parameterRows(item: ItemParameters, language: UiLanguage): ParameterRow[] {
  const w = descriptorsIn(language).words;
  const parameters: Readonly<Record<string, unknown>> = item.parameters;
  const described = parameterDescriptors(item.kind, parameters, language);
  const device = deviceName(item, language);
  // A device's name carries the settings it is named by ("Radial shockwave").
  const rows: ParameterRow[] = device === undefined ? [] : [[w.t('params:rows.device'), device]];
  for (const entry of described) {
    if (device !== undefined && entry[1].inName) continue;
    rows.push(...row(w, item, entry, parameters[entry[0]]));
  }
  return rows;
}
