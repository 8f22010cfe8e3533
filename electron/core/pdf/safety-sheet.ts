// The safety sheet: what a patient takes home instead of exercises while a red flag's decision
// (referred, awaiting results…) holds. What to do, what not to do, how to take load off the
// heel, when to go to the emergency department and who to call. Written from the red-flag
// types' patient advice (shared/safety); never a flag's clinical name or any exercise.
import type { RedFlag } from '../../../shared/domain/plan';
import {
  redFlagDecisions,
  redFlagTypeInfo,
  urgencies,
  type RedFlagType,
  type SafetyAdvice,
} from '../../../shared/safety/red-flag-types';
import { safetyLineIn } from '../../../shared/safety/safety-advice-text';
import { box, list, stack, text, type Block } from './blocks';
import { clinicHeader } from './clinic-header';
import { callLine, questionsLine, titleBlock } from './home-programme';
import type { PdfOutput } from './pdf-document';
import { planDocumentWriter, type PlanDocumentInput } from './plan-document';
import { colours, type Styles, type TypeScale } from './styles';
import { fullName } from './text-format';
import { worded, type Worded } from './document-language';
import type { PrintOptions } from '../../../shared/domain/print-options';
import type { UiLanguage } from '../../../shared/i18n';

export interface SafetySheetInput extends PlanDocumentInput {
  /** The flags whose decisions allow only this sheet (see homeSheetGate). */
  flags: readonly RedFlag[];
  options: Pick<PrintOptions, 'paperSize' | 'largePrint'>;
}

/** Each line once, in the order first met (two flags often share advice), in the language. */
function merged(
  pick: (advice: SafetyAdvice) => readonly string[],
  types: RedFlagType[],
  language: UiLanguage,
) {
  const lines = new Set(types.flatMap((type) => pick(redFlagTypeInfo[type].advice)));
  return [...lines].map((line) => safetyLineIn(line, language));
}

export async function renderSafetySheet(raw: SafetySheetInput): Promise<PdfOutput> {
  const input = worded(raw);
  const { snapshot, settings, flags, words } = input;
  const { t, language } = words;
  const patient = fullName(snapshot.patient);
  const writer = planDocumentWriter(input, input.options, t('pdf:safety.fileTitle', { patient }));
  const { flow, styles: s, type } = writer;
  const types = [...new Set(flags.map((flag) => flag.type))];
  const decisions = [...new Set(flags.flatMap((f) => (f.decision ? [f.decision] : [])))];

  flow.place(clinicHeader(settings, input.loadImage, s, type, words));
  flow.place(titleBlock(input, patient, s, type, t('pdf:safety.title')), type.gap * 2);
  flow.place(text(t('pdf:safety.paused'), s.bodyBold), type.gap * 1.5);
  for (const why of merged((advice) => [advice.why], types, language))
    flow.place(text(why, s.body), type.gap);
  for (const decision of decisions) {
    const line = redFlagDecisions[decision].patient;
    if (line) flow.place(text(safetyLineIn(line, language), s.body), type.gap);
  }
  const soonest = types.some((t) => redFlagTypeInfo[t].urgency === 'same_day')
    ? urgencies.same_day.patient
    : types.some((t) => redFlagTypeInfo[t].urgency === 'within_days')
      ? urgencies.within_days.patient
      : urgencies.within_two_weeks.patient;
  flow.place(
    text(t('pdf:safety.seeDoctor', { when: safetyLineIn(soonest, language) }), s.bodyBold),
    type.gap * 1.5,
  );

  const sections: [string, string[]][] = [
    [t('pdf:safety.toDo'), merged((a) => a.toDo, types, language)],
    [t('pdf:safety.notToDo'), merged((a) => a.notToDo, types, language)],
    [t('pdf:safety.offloading'), merged((a) => a.offloading, types, language)],
  ];
  for (const [heading, lines] of sections) {
    flow.place(section(heading, lines, s, type), type.gap * 2);
  }
  flow.place(
    emergencyBox(
      merged((a) => a.emergency, types, language),
      input,
      s,
      type,
    ),
    type.gap * 2.5,
  );

  return writer.finish({
    left: t('pdf:safety.footer', {
      patient,
      version: snapshot.versionNumber,
      date: words.date(input.printedOn),
    }),
    second: questionsLine(settings, words),
    pageOf: (page, pages) => t('pdf:common.pageOf', { page, pages }),
  });
}

function bullets(lines: readonly string[], s: Styles, type: TypeScale): Block {
  return list(lines, {
    style: s.body,
    labelStyle: s.bodyBold,
    gap: type.gap / 3,
    label: () => '•',
    labelWidth: type.body * 1.2,
  });
}

function section(heading: string, lines: readonly string[], s: Styles, type: TypeScale): Block {
  return stack(
    [text(heading, { ...s.heading, color: colours.accent }, 'H2'), bullets(lines, s, type)],
    { gap: type.gap, minLead: 2 },
  );
}

function emergencyBox(
  signs: readonly string[],
  input: Worded<SafetySheetInput>,
  s: Styles,
  type: TypeScale,
): Block {
  const { t } = input.words;
  return box(
    stack(
      [
        text(t('pdf:safety.helpNow'), { ...s.heading, color: colours.stop }, 'H2'),
        text(t('pdf:safety.emergency'), s.body),
        bullets(signs, s, type),
        text(t('pdf:safety.otherwise', { call: callLine(input.settings, input.words) }), {
          ...s.bodyBold,
          color: colours.stop,
        }),
      ],
      { gap: type.gap / 1.5, minLead: 2 },
    ),
    {
      padding: type.gap * 1.4,
      fill: colours.stopSoft,
      border: { color: colours.stop, width: 1.5 },
      radius: 4,
    },
  );
}
