// Device settings with their units, the way they are written in the clinic's notes:
// "Ultrasound 3 MHz, 1.0 W/cm², pulsed 20 %, 5 min". Clinician-facing: never on the home sheet.
// Names, units and wording come from the modality descriptor table.
import {
  descriptorsIn,
  deviceName,
  formatNumber,
  parameterDescriptors,
} from '../../domain/parameter-descriptors';
import type { ModalityParameters } from '../../domain/parameters';
import type { UiLanguage } from '../../i18n';
import { describedParts } from './described';
import { part, type DosePart } from './parts';

export function modalityDoseParts(p: ModalityParameters, language: UiLanguage): DosePart[] {
  const { t } = descriptorsIn(language).words;
  const name =
    deviceName({ kind: 'modality', parameters: p }, language) ??
    descriptorsIn(language).modality[p.device].label;
  const parts = [part('device', t('dose:parts.device'), name)];
  parts.push(...describedParts(parameterDescriptors('modality', p, language), p));
  if (p.device === 'other') {
    parts.push(
      ...p.settings.map((s, i) =>
        part(
          `setting:${s.label}`,
          s.label,
          `${s.label} ${formatNumber(s.value, language)}${s.unit ? ` ${s.unit}` : ''}`,
          { joiner: i === 0 ? ' ' : ', ' },
        ),
      ),
    );
  }
  return parts;
}
