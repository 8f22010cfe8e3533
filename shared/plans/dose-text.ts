// Plain-language dose lines a patient understands ("3 sets of 15, hold 3 s, twice a day,
// every day — left leg"), built from parts so the plan diff can compare them piece by piece.
import type {
  AssessmentParameters,
  EducationParameters,
  ExerciseParameters,
  FindingField,
  ItemParameters,
  Load,
  ManualTherapyParameters,
  ModalityParameters,
  OrthosisParameters,
  Side,
  TapingParameters,
} from '../domain/parameters';

/** One piece of a dose line. `short` is the compact form used in diffs ("3×15"). */
export interface DosePart {
  /** Stable name of the piece, the same across versions (used to match parts in a diff). */
  key: string;
  /** What the piece is, for "no hold → hold 3 s" style diffs. */
  label: string;
  text: string;
  short: string;
  /** How this part attaches to the one before it. */
  joiner: ', ' | ' ' | ' — ';
}

const part = (
  key: string,
  label: string,
  text: string,
  options: { short?: string; joiner?: DosePart['joiner'] } = {},
): DosePart => ({ key, label, text, short: options.short ?? text, joiner: options.joiner ?? ', ' });

/** Shown when an item carries no dose at all, so a printed line is never blank. */
export const NO_DOSE_TEXT = 'As shown by your clinician';

// ---------- number and unit helpers ----------

/** Trims float noise (0.30000000000000004) without forcing decimals. */
export function formatNumber(value: number): string {
  return String(Math.round(value * 1000) / 1000);
}

/** At least one decimal: 1 → "1.0", 1.25 → "1.25" (how device settings are written). */
export function formatOneDecimal(value: number): string {
  const rounded = Math.round(value * 1000) / 1000;
  return Number.isInteger(rounded * 10) ? rounded.toFixed(1) : String(rounded);
}

/** 30 → "30 s", 120 → "2 min", 90 → "1 min 30 s". */
export function formatSeconds(seconds: number): string {
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
}

/** 1 → "once a day", 2 → "twice a day", 3 → "3 times a day". */
export function timesPerDayText(times: number): string {
  if (times === 1) return 'once a day';
  if (times === 2) return 'twice a day';
  return `${times} times a day`;
}

/** 7 → "every day", 1 → "once a week", 3 → "3 days a week". */
export function daysPerWeekText(days: number): string {
  if (days === 7) return 'every day';
  if (days === 1) return 'once a week';
  return `${days} days a week`;
}

/** The body part a side refers to depends on what is applied: a leg exercise, a shoe insert. */
export function sideText(side: Side, body: 'leg' | 'foot' | 'side'): string {
  switch (side) {
    case 'left':
      return `left ${body}`;
    case 'right':
      return `right ${body}`;
    case 'both':
      return body === 'foot' ? 'both feet' : body === 'leg' ? 'both legs' : 'both sides';
    default: {
      const unreachable: never = side;
      return unreachable;
    }
  }
}

export function loadText(load: Load): { text: string; short: string } {
  switch (load.type) {
    case 'bodyweight':
      return { text: 'using body weight', short: 'body weight' };
    case 'kg':
      return { text: `with ${formatNumber(load.kg)} kg`, short: `${formatNumber(load.kg)} kg` };
    case 'band':
      return { text: `with a ${load.colour} band`, short: `${load.colour} band` };
    case 'other':
      return { text: `with ${load.description}`, short: load.description };
    default: {
      const unreachable: never = load;
      return unreachable;
    }
  }
}

// ---------- exercise ----------

function exerciseVolume(p: ExerciseParameters): DosePart | null {
  const amount =
    p.reps !== undefined
      ? { text: String(p.reps), short: String(p.reps) }
      : p.durationSeconds !== undefined
        ? { text: formatSeconds(p.durationSeconds), short: formatSeconds(p.durationSeconds) }
        : null;
  if (p.sets !== undefined && amount) {
    const sets = p.sets === 1 ? '1 set' : `${p.sets} sets`;
    return part('volume', 'sets and reps', `${sets} of ${amount.text}`, {
      short: `${p.sets}×${amount.short}`,
    });
  }
  if (p.sets !== undefined) {
    return part('volume', 'sets', p.sets === 1 ? '1 set' : `${p.sets} sets`);
  }
  if (p.reps !== undefined) {
    return part('volume', 'reps', `${p.reps} times`, { short: `${p.reps} reps` });
  }
  if (p.durationSeconds !== undefined) {
    return part('volume', 'time', `for ${formatSeconds(p.durationSeconds)}`, {
      short: formatSeconds(p.durationSeconds),
    });
  }
  return null;
}

export function exerciseDoseParts(p: ExerciseParameters): DosePart[] {
  const parts: DosePart[] = [];
  const volume = exerciseVolume(p);
  if (volume) parts.push(volume);
  if (p.load) {
    const load = loadText(p.load);
    parts.push(part('load', 'load', load.text, { short: load.short, joiner: volume ? ' ' : ', ' }));
  }
  if (p.holdSeconds !== undefined)
    parts.push(part('hold', 'hold', `hold ${formatSeconds(p.holdSeconds)}`));
  if (p.tempo !== undefined) parts.push(part('tempo', 'tempo', `tempo ${p.tempo} s`));
  if (p.restSeconds !== undefined) {
    parts.push(
      part(
        'rest',
        'rest',
        p.restSeconds === 0
          ? 'no rest between sets'
          : `rest ${formatSeconds(p.restSeconds)} between sets`,
        { short: p.restSeconds === 0 ? 'no rest' : `rest ${formatSeconds(p.restSeconds)}` },
      ),
    );
  }
  if (p.timesPerDay !== undefined)
    parts.push(part('timesPerDay', 'times a day', timesPerDayText(p.timesPerDay)));
  if (p.daysPerWeek !== undefined)
    parts.push(part('daysPerWeek', 'days a week', daysPerWeekText(p.daysPerWeek)));
  if (p.side !== undefined)
    parts.push(part('side', 'side', sideText(p.side, 'leg'), { joiner: ' — ' }));
  return parts;
}

// ---------- modality ----------

const radiofrequencyDoseText = {
  athermal: 'no heat felt',
  mild_thermal: 'mild warmth',
  thermal: 'warm',
} as const;

export function modalityDoseParts(p: ModalityParameters): DosePart[] {
  switch (p.device) {
    case 'ultrasound':
      return [
        part('device', 'device', `Ultrasound ${p.frequencyMHz} MHz`),
        part('intensity', 'intensity', `${formatOneDecimal(p.intensityWPerCm2)} W/cm²`),
        part(
          'dutyCycle',
          'duty cycle',
          p.dutyCyclePercent === 100 ? 'continuous' : `pulsed ${p.dutyCyclePercent} %`,
        ),
        part('minutes', 'time', `${p.minutes} min`),
      ];
    case 'shockwave': {
      const setting =
        p.type === 'radial'
          ? p.pressureBar !== undefined
            ? `${formatOneDecimal(p.pressureBar)} bar`
            : ''
          : p.energyFluxDensityMjPerMm2 !== undefined
            ? `${formatNumber(p.energyFluxDensityMjPerMm2)} mJ/mm²`
            : '';
      const parts = [
        part('device', 'device', p.type === 'radial' ? 'Radial shockwave' : 'Focused shockwave'),
      ];
      if (setting)
        parts.push(
          part('energy', p.type === 'radial' ? 'pressure' : 'energy', setting, { joiner: ' ' }),
        );
      parts.push(part('pulses', 'pulses', `${p.pulses} pulses`));
      parts.push(
        part('frequency', 'frequency', `at ${formatNumber(p.frequencyHz)} Hz`, {
          joiner: ' ',
          short: `${formatNumber(p.frequencyHz)} Hz`,
        }),
      );
      if (p.sessionsPlanned !== undefined) {
        parts.push(
          part(
            'sessions',
            'sessions',
            p.sessionsPlanned === 1 ? '1 session' : `${p.sessionsPlanned} sessions`,
          ),
        );
      }
      return parts;
    }
    case 'radiofrequency':
      return [
        part('device', 'device', `Radiofrequency (${p.mode})`),
        part('frequency', 'frequency', `${formatNumber(p.frequencyKHz)} kHz`, { joiner: ' ' }),
        part('power', 'power', `power ${p.powerPercent} %`),
        part('dose', 'dose', radiofrequencyDoseText[p.dose]),
        part('minutes', 'time', `${p.minutes} min`),
      ];
    case 'laser':
      return [
        part('device', 'device', `Laser ${p.wavelengthNm} nm`),
        part('power', 'power', `${formatNumber(p.powerMw)} mW`),
        part('dose', 'dose', `${formatNumber(p.doseJPerCm2)} J/cm²`),
        part('minutes', 'time', `${formatNumber(p.minutes)} min`),
      ];
    case 'tens':
      return [
        part('device', 'device', 'TENS'),
        part('frequency', 'frequency', `${p.frequencyHz} Hz`, { joiner: ' ' }),
        part('pulseWidth', 'pulse width', `${p.pulseWidthUs} µs`),
        part('minutes', 'time', `${p.minutes} min`),
      ];
    case 'ice':
      return [
        part('device', 'device', 'Ice'),
        part('minutes', 'time', `${p.minutes} min`, { joiner: ' ' }),
      ];
    case 'heat':
      return [
        part('device', 'device', 'Heat'),
        part('minutes', 'time', `${p.minutes} min`, { joiner: ' ' }),
      ];
    case 'other':
      return [
        part('device', 'device', p.name),
        ...p.settings.map((s, i) =>
          part(
            `setting:${s.label}`,
            s.label,
            `${s.label} ${formatNumber(s.value)}${s.unit ? ` ${s.unit}` : ''}`,
            {
              joiner: i === 0 ? ' ' : ', ',
            },
          ),
        ),
      ];
    default: {
      const unreachable: never = p;
      return unreachable;
    }
  }
}

// ---------- taping, orthosis, manual therapy, assessment, education ----------

const tapeNames = { kinesiology: 'Kinesiology tape', rigid: 'Rigid tape', other: 'Tape' } as const;

/** 12 → "12 hours", 48 → "2 days", 30 → "30 hours". */
function wearTimeText(hours: number): string {
  if (hours >= 24 && hours % 24 === 0) return hours === 24 ? '1 day' : `${hours / 24} days`;
  return hours === 1 ? '1 hour' : `${hours} hours`;
}

export function tapingDoseParts(p: TapingParameters): DosePart[] {
  const parts = [part('tape', 'tape', tapeNames[p.tape])];
  if (p.technique) parts.push(part('technique', 'technique', p.technique));
  if (p.stretchPercent !== undefined)
    parts.push(part('stretch', 'stretch', `${p.stretchPercent} % stretch`));
  parts.push(
    part('wear', 'wear time', `keep on for up to ${wearTimeText(p.wearHours)}`, {
      short: `up to ${wearTimeText(p.wearHours)}`,
    }),
  );
  if (p.side !== undefined)
    parts.push(part('side', 'side', sideText(p.side, 'side'), { joiner: ' — ' }));
  return parts;
}

export const orthosisTypeLabels: Record<OrthosisParameters['type'], string> = {
  arch_support_custom: 'Custom arch support',
  arch_support_prefabricated: 'Ready-made arch support',
  heel_cup: 'Heel cup',
  heel_pad: 'Heel pad',
  heel_raise: 'Heel raise',
  night_splint: 'Night splint',
  footwear: 'Footwear',
  other: 'Insert or support',
};

export function orthosisDoseParts(p: OrthosisParameters): DosePart[] {
  const parts = [part('type', 'type', orthosisTypeLabels[p.type])];
  if (p.heelRaiseMm !== undefined)
    parts.push(part('heelRaise', 'height', `${p.heelRaiseMm} mm`, { joiner: ' ' }));
  if (p.side !== undefined) parts.push(part('side', 'side', sideText(p.side, 'foot')));
  if (p.wearSchedule) parts.push(part('wear', 'wear schedule', p.wearSchedule, { joiner: ' — ' }));
  return parts;
}

export function manualTherapyDoseParts(p: ManualTherapyParameters): DosePart[] {
  const parts: DosePart[] = [];
  if (p.technique) parts.push(part('technique', 'technique', p.technique));
  if (p.region) parts.push(part('region', 'region', p.region));
  if (p.grade !== undefined) parts.push(part('grade', 'grade', `grade ${p.grade}`));
  if (p.minutes !== undefined) parts.push(part('minutes', 'time', `${p.minutes} min`));
  if (p.side !== undefined)
    parts.push(part('side', 'side', sideText(p.side, 'side'), { joiner: ' — ' }));
  return parts;
}

function findingFieldText(field: FindingField): string {
  switch (field.type) {
    case 'number': {
      const unit = field.unit
        ? ` (${field.unit}${field.sided ? ', left and right' : ''})`
        : field.sided
          ? ' (left and right)'
          : '';
      return `${field.label}${unit}`;
    }
    case 'test':
    case 'choice':
      return `${field.label}${field.sided ? ' (left and right)' : ''}`;
    case 'text':
      return field.label;
    default: {
      const unreachable: never = field;
      return unreachable;
    }
  }
}

export function assessmentDoseParts(p: AssessmentParameters): DosePart[] {
  return p.fields.map((field) => part(`field:${field.key}`, field.label, findingFieldText(field)));
}

export function educationDoseParts(p: EducationParameters): DosePart[] {
  if (p.readingMinutes === undefined) return [];
  return [
    part('reading', 'reading time', `about ${p.readingMinutes} min to read`, {
      short: `${p.readingMinutes} min read`,
    }),
  ];
}

// ---------- entry points ----------

/** The parts of any item's dose, in the order they are read. */
export function doseParts(item: ItemParameters): DosePart[] {
  switch (item.kind) {
    case 'exercise':
      return exerciseDoseParts(item.parameters);
    case 'modality':
      return modalityDoseParts(item.parameters);
    case 'taping':
      return tapingDoseParts(item.parameters);
    case 'orthosis':
      return orthosisDoseParts(item.parameters);
    case 'manual_therapy':
      return manualTherapyDoseParts(item.parameters);
    case 'assessment':
      return assessmentDoseParts(item.parameters);
    case 'education':
      return educationDoseParts(item.parameters);
    default: {
      const unreachable: never = item;
      return unreachable;
    }
  }
}

export function joinDoseParts(parts: readonly DosePart[]): string {
  let line = '';
  parts.forEach((p, i) => {
    line += i === 0 ? p.text : `${p.joiner}${p.text}`;
  });
  return line ? line.charAt(0).toUpperCase() + line.slice(1) : '';
}

/**
 * The line printed under an item: "3 sets of 15, hold 3 s, twice a day, every day — left leg".
 * Never empty: an item with no dose reads "As shown by your clinician".
 */
export function doseText(item: ItemParameters): string {
  return joinDoseParts(doseParts(item)) || NO_DOSE_TEXT;
}

/** Compact form for lists and diffs: "3×15, hold 3 s, twice a day". Empty when there is no dose. */
export function shortDoseText(item: ItemParameters): string {
  return doseParts(item)
    .map((p) => p.short)
    .join(', ');
}
