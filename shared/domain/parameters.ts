// Kind-specific parameters of a library item or plan item, with units and clinical ranges.
// One schema per kind; `itemParametersSchemas` maps a kind to its schema.
import { z } from 'zod';

export const itemKinds = [
  'assessment',
  'manual_therapy',
  'exercise',
  'taping',
  'orthosis',
  'modality',
  'education',
] as const;
export type ItemKind = (typeof itemKinds)[number];
export const itemKindSchema = z.enum(itemKinds);

export const itemKindLabels: Record<ItemKind, string> = {
  assessment: 'Assessment',
  manual_therapy: 'Manual therapy',
  exercise: 'Exercise',
  taping: 'Taping',
  orthosis: 'Orthosis / footwear',
  modality: 'Modality',
  education: 'Education',
};

const int = (label: string, min: number, max: number, unit = '') =>
  z
    .int({ message: `${label} must be a whole number.` })
    .min(min, { message: `${label} must be at least ${min}${unit}.` })
    .max(max, { message: `${label} must be at most ${max}${unit}.` });
const num = (label: string, min: number, max: number, unit = '') =>
  z
    .number({ message: `${label} must be a number.` })
    .min(min, { message: `${label} must be at least ${min}${unit}.` })
    .max(max, { message: `${label} must be at most ${max}${unit}.` });
const note = (max = 1000) => z.string().trim().max(max);

/** 'affected' is the patient's sore side, printed as "your sore leg" without naming left or right. */
export const sides = ['left', 'right', 'both', 'affected'] as const;
export const sideSchema = z.enum(sides);
export type Side = z.infer<typeof sideSchema>;

// ---------- exercise (FITT-VP dosing) ----------
export const loadSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('bodyweight') }),
  z.object({ type: z.literal('kg'), kg: num('Load', 0.5, 500, ' kg') }),
  z.object({ type: z.literal('band'), colour: z.string().trim().min(1).max(30) }),
  z.object({ type: z.literal('other'), description: z.string().trim().min(1).max(80) }),
]);
export type Load = z.infer<typeof loadSchema>;

/** An exercise's dose: sets, reps, load and the rest (what a dose-change step sets). */
export const exerciseDoseSchema = z.object({
  sets: int('Sets', 1, 20).optional(),
  reps: int('Reps', 1, 500).optional(),
  /** For time-based exercises, instead of reps. */
  durationSeconds: int('Time', 1, 3600, ' s').optional(),
  holdSeconds: int('Hold', 1, 600, ' s').optional(),
  restSeconds: int('Rest', 0, 600, ' s').optional(),
  timesPerDay: int('Times per day', 1, 10).optional(),
  daysPerWeek: int('Days per week', 1, 7).optional(),
  side: sideSchema.optional(),
  load: loadSchema.optional(),
  /** Seconds per phase, lowering first: lower-pause-lift (e.g. 3-0-3), as printed for the patient. */
  tempo: z
    .string()
    .trim()
    .regex(/^\d{1,2}(-\d{1,2}){1,3}$/, { message: 'Write tempo as seconds per phase, e.g. 3-2-3.' })
    .optional(),
  progression: note(500).optional(),
  /**
   * "walk_run": a walk–run interval block, read as "run 1 min, walk 2 min, 8 times" — the time
   * is the running bout, the rest is the walking bout and the sets are the repeats.
   */
  pattern: z.enum(['walk_run']).optional(),
});
export type ExerciseDose = z.infer<typeof exerciseDoseSchema>;

/**
 * Where an exercise goes when the patient's pain says step back (regression) or step on
 * (progression): another library item, copied into the plan in its place, or the same exercise
 * at another dose. Library links name the item by id (own items) or built-in key (shipped
 * content, whose ids differ per install); the title is kept so the link reads without a lookup.
 */
export const exerciseStepSchema = z.discriminatedUnion('type', [
  z
    .object({
      type: z.literal('item'),
      libraryItemId: z.string().min(1).max(64).optional(),
      builtInKey: z.string().min(1).max(120).optional(),
      title: z.string().trim().min(1).max(160),
    })
    .refine((s) => s.libraryItemId !== undefined || s.builtInKey !== undefined, {
      message: 'Choose the library item to change to.',
    }),
  z.object({ type: z.literal('dose'), parameters: exerciseDoseSchema }),
]);
export type ExerciseStep = z.infer<typeof exerciseStepSchema>;
export const stepDirections = ['regression', 'progression'] as const;
export type StepDirection = (typeof stepDirections)[number];
export const stepDirectionSchema = z.enum(stepDirections);

export const exerciseParametersSchema = exerciseDoseSchema.extend({
  /** The exercise's regression and progression, if the clinician (or the library) set them. */
  steps: z
    .object({
      regression: exerciseStepSchema.optional(),
      progression: exerciseStepSchema.optional(),
    })
    .optional(),
});
export type ExerciseParameters = z.infer<typeof exerciseParametersSchema>;

// ---------- modality (device settings with units) ----------
export const ultrasoundSchema = z.object({
  device: z.literal('ultrasound'),
  frequencyMHz: z.union([z.literal(1), z.literal(3)], {
    message: 'Ultrasound frequency is 1 or 3 MHz.',
  }),
  intensityWPerCm2: num('Intensity', 0.1, 3, ' W/cm²'),
  /** 100 % is continuous; lower values are pulsed. */
  dutyCyclePercent: int('Duty cycle', 5, 100, ' %'),
  minutes: int('Time', 1, 30, ' min'),
});
export const shockwaveSchema = z
  .object({
    device: z.literal('shockwave'),
    type: z.enum(['radial', 'focused']),
    /** Radial devices are set by pressure. */
    pressureBar: num('Pressure', 0.5, 6, ' bar').optional(),
    /** Focused devices are set by energy flux density. */
    energyFluxDensityMjPerMm2: num('Energy flux density', 0.01, 0.6, ' mJ/mm²').optional(),
    pulses: int('Pulses', 100, 10000),
    frequencyHz: num('Frequency', 1, 25, ' Hz'),
    sessionsPlanned: int('Sessions planned', 1, 10).optional(),
  })
  .superRefine((s, ctx) => {
    if (s.type === 'radial' && s.pressureBar === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['pressureBar'],
        message: 'Radial shockwave needs a pressure in bar.',
      });
    if (s.type === 'focused' && s.energyFluxDensityMjPerMm2 === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['energyFluxDensityMjPerMm2'],
        message: 'Focused shockwave needs an energy flux density in mJ/mm².',
      });
  });
export const radiofrequencySchema = z.object({
  device: z.literal('radiofrequency'),
  mode: z.enum(['capacitive', 'resistive']),
  frequencyKHz: num('Frequency', 300, 1000, ' kHz'),
  powerPercent: int('Power', 1, 100, ' %'),
  dose: z.enum(['athermal', 'mild_thermal', 'thermal']),
  minutes: int('Time', 1, 60, ' min'),
});
export const laserSchema = z.object({
  device: z.literal('laser'),
  wavelengthNm: int('Wavelength', 600, 1100, ' nm'),
  powerMw: num('Power', 1, 30000, ' mW'),
  doseJPerCm2: num('Dose', 0.1, 100, ' J/cm²'),
  minutes: num('Time', 0.5, 30, ' min'),
});
export const tensSchema = z.object({
  device: z.literal('tens'),
  frequencyHz: int('Frequency', 1, 250, ' Hz'),
  pulseWidthUs: int('Pulse width', 20, 500, ' µs'),
  minutes: int('Time', 1, 120, ' min'),
});
export const coldSchema = z.object({
  device: z.literal('ice'),
  minutes: int('Time', 1, 30, ' min'),
});
export const heatSchema = z.object({
  device: z.literal('heat'),
  minutes: int('Time', 1, 60, ' min'),
});
export const otherModalitySchema = z.object({
  device: z.literal('other'),
  name: z.string().trim().min(1).max(80),
  settings: z
    .array(
      z.object({
        label: z.string().trim().min(1).max(60),
        value: z.number(),
        unit: z.string().trim().max(20),
      }),
    )
    .max(20),
});
export const modalityParametersSchema = z.discriminatedUnion('device', [
  ultrasoundSchema,
  shockwaveSchema,
  radiofrequencySchema,
  laserSchema,
  tensSchema,
  coldSchema,
  heatSchema,
  otherModalitySchema,
]);
export type ModalityParameters = z.infer<typeof modalityParametersSchema>;
export type ModalityDevice = ModalityParameters['device'];

// ---------- taping ----------
export const tapingParametersSchema = z.object({
  tape: z.enum(['kinesiology', 'rigid', 'other']),
  technique: note(200),
  stretchPercent: int('Stretch', 0, 100, ' %').optional(),
  wearHours: int('Wear time', 1, 168, ' h'),
  side: sideSchema.optional(),
});
export type TapingParameters = z.infer<typeof tapingParametersSchema>;

// ---------- orthosis and footwear ----------
export const orthosisTypes = [
  'arch_support_custom',
  'arch_support_prefabricated',
  'heel_cup',
  'heel_pad',
  'heel_raise',
  'night_splint',
  'footwear',
  'other',
] as const;
export const orthosisParametersSchema = z.object({
  type: z.enum(orthosisTypes),
  side: sideSchema.optional(),
  heelRaiseMm: int('Heel raise', 1, 25, ' mm').optional(),
  wearSchedule: note(300),
});
export type OrthosisParameters = z.infer<typeof orthosisParametersSchema>;

// ---------- manual therapy ----------
export const mobilisationGrades = ['I', 'II', 'III', 'IV', 'V'] as const;
export const manualTherapyParametersSchema = z.object({
  technique: note(200),
  region: note(200),
  grade: z.enum(mobilisationGrades).optional(),
  minutes: int('Duration', 1, 60, ' min').optional(),
  side: sideSchema.optional(),
});
export type ManualTherapyParameters = z.infer<typeof manualTherapyParametersSchema>;

// ---------- assessment (what findings it records) ----------
export const findingFieldSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('number'),
    key: z.string().regex(/^[a-z][a-zA-Z0-9_]*$/),
    label: z.string().trim().min(1).max(80),
    unit: z.string().trim().max(20),
    min: z.number().optional(),
    max: z.number().optional(),
    /** Recorded once per side (left and right). */
    sided: z.boolean().default(false),
  }),
  z.object({
    type: z.literal('test'),
    key: z.string().regex(/^[a-z][a-zA-Z0-9_]*$/),
    label: z.string().trim().min(1).max(80),
    sided: z.boolean().default(false),
    /** A positive result is a red flag (e.g. calcaneal squeeze, Thompson). */
    positiveIsRedFlag: z.boolean().default(false),
  }),
  z.object({
    type: z.literal('choice'),
    key: z.string().regex(/^[a-z][a-zA-Z0-9_]*$/),
    label: z.string().trim().min(1).max(80),
    options: z.array(z.string().trim().min(1).max(60)).min(2).max(12),
    sided: z.boolean().default(false),
  }),
  z.object({
    type: z.literal('text'),
    key: z.string().regex(/^[a-z][a-zA-Z0-9_]*$/),
    label: z.string().trim().min(1).max(80),
  }),
]);
export type FindingField = z.infer<typeof findingFieldSchema>;

export const assessmentParametersSchema = z.object({
  fields: z.array(findingFieldSchema).min(1).max(30),
});
export type AssessmentParameters = z.infer<typeof assessmentParametersSchema>;

/** A recorded value for one finding field; sided fields record left and right. */
export const findingValueSchema = z.union([
  z.number(),
  z.enum(['positive', 'negative']),
  z.string().max(2000),
  z.object({
    left: z.union([z.number(), z.enum(['positive', 'negative']), z.string().max(200)]).nullable(),
    right: z.union([z.number(), z.enum(['positive', 'negative']), z.string().max(200)]).nullable(),
  }),
]);
export const findingsSchema = z.record(z.string(), findingValueSchema);
export type Findings = z.infer<typeof findingsSchema>;

// ---------- education ----------
export const educationParametersSchema = z.object({
  readingMinutes: int('Reading time', 1, 60, ' min').optional(),
});
export type EducationParameters = z.infer<typeof educationParametersSchema>;

/** The parameters of an item, tagged by kind. */
export const itemParametersSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('assessment'), parameters: assessmentParametersSchema }),
  z.object({ kind: z.literal('manual_therapy'), parameters: manualTherapyParametersSchema }),
  z.object({ kind: z.literal('exercise'), parameters: exerciseParametersSchema }),
  z.object({ kind: z.literal('taping'), parameters: tapingParametersSchema }),
  z.object({ kind: z.literal('orthosis'), parameters: orthosisParametersSchema }),
  z.object({ kind: z.literal('modality'), parameters: modalityParametersSchema }),
  z.object({ kind: z.literal('education'), parameters: educationParametersSchema }),
]);
export type ItemParameters = z.infer<typeof itemParametersSchema>;

/** Whether an item of this kind is done by the patient at home (printed on the home sheet). */
export function isHomeKind(kind: ItemKind): boolean {
  switch (kind) {
    case 'exercise':
    case 'education':
    case 'taping':
    case 'orthosis':
      return true;
    case 'assessment':
    case 'manual_therapy':
    case 'modality':
      return false;
    default: {
      const unreachable: never = kind;
      return unreachable;
    }
  }
}
