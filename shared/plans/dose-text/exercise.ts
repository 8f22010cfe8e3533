// Exercise doses as a clinician writes them for the patient: "3 sets of 15, hold 3 s, twice a
// day", but "12 times, hold 10 s each" for a single set and "2 min" for a timed one. The
// compact forms ("1×12", "1×2 min") stay as clinicians write them in notes and diffs.
import { descriptorsIn } from '../../domain/parameter-descriptors';
import type { ExerciseParameters, Load } from '../../domain/parameters';
import type { UiLanguage } from '../../i18n';
import { describedPart } from './described';
import {
  daysPerWeekText,
  formatNumber,
  formatSeconds,
  midSentence,
  part,
  timesPerDayText,
  type DosePart,
  type Words,
} from './parts';

export function loadText(load: Load, language: UiLanguage): { text: string; short: string } {
  const { t } = descriptorsIn(language).words;
  switch (load.type) {
    case 'bodyweight':
      // The default load: saying it on the patient's sheet adds words and nothing else.
      return { text: '', short: t('dose:load.bodyweight') };
    case 'kg': {
      const kg = `${formatNumber(load.kg, language)} kg`;
      return { text: t('dose:load.with', { load: kg }), short: kg };
    }
    case 'band':
      return {
        text: t('dose:load.band', { colour: load.colour }),
        short: t('dose:load.bandShort', { colour: load.colour }),
      };
    case 'other':
      return {
        text: t('dose:load.with', { load: midSentence(load.description) }),
        short: load.description,
      };
    default: {
      const unreachable: never = load;
      return unreachable;
    }
  }
}

/**
 * A walk–run block is one sequence, not sets: "run 1 min, walk 2 min, 8 times" ("8 sets of
 * 1 min, rest 2 min" would read as eight separate efforts).
 */
function walkRunVolume(w: Words, p: ExerciseParameters): DosePart | null {
  const { t } = w;
  const { sets, durationSeconds, restSeconds } = p;
  if (durationSeconds === undefined) return null;
  const run = t('dose:walkRun.run', { time: formatSeconds(w, durationSeconds) });
  const walk = restSeconds ? t('dose:walkRun.walk', { time: formatSeconds(w, restSeconds) }) : '';
  const times = sets === undefined || sets === 1 ? '' : t('dose:walkRun.repeats', { n: sets });
  const text = [run, walk, times].filter(Boolean).join(', ');
  const short = `${run}${walk ? ` / ${walk}` : ''}${sets && sets > 1 ? ` ×${sets}` : ''}`;
  return part('volume', t('dose:parts.walkRun'), text, { short });
}

function exerciseVolume(w: Words, p: ExerciseParameters): DosePart | null {
  const { t } = w;
  if (p.pattern === 'walk_run') return walkRunVolume(w, p);
  const { sets, reps, durationSeconds } = p;
  const setsAndReps = t('dose:parts.setsAndReps');
  if (sets !== undefined && reps !== undefined) {
    const short = `${sets}×${reps}`;
    return sets === 1
      ? part('volume', setsAndReps, t('dose:volume.times', { count: reps }), { short })
      : part('volume', setsAndReps, t('dose:volume.setsOf', { sets, each: reps }), { short });
  }
  if (sets !== undefined && durationSeconds !== undefined) {
    const time = formatSeconds(w, durationSeconds);
    const short = `${sets}×${time}`;
    return sets === 1
      ? part('volume', setsAndReps, time, { short })
      : part('volume', setsAndReps, t('dose:volume.setsOf', { sets, each: time }), { short });
  }
  if (sets !== undefined)
    return part('volume', t('dose:parts.sets'), t('dose:volume.sets', { count: sets }));
  if (reps !== undefined)
    return part('volume', t('dose:parts.reps'), t('dose:volume.times', { count: reps }), {
      short: t('dose:volume.repsShort', { n: reps }),
    });
  if (durationSeconds !== undefined) {
    return part('volume', t('dose:parts.time'), formatSeconds(w, durationSeconds));
  }
  return null;
}

/**
 * "3-2-3" is clinic shorthand; a patient reads "3 s each way, pause 2 s". Only an even tempo
 * (the same time both ways) says it without naming a direction, which depends on the exercise;
 * any other stays as written and the steps explain it.
 */
function tempoText({ t }: Words, tempo: string): string {
  const [there, pause, back, ...more] = tempo.split('-');
  if (more.length > 0 || there === undefined || back === undefined || there !== back) {
    return t('dose:tempo', { tempo });
  }
  const still = Number(pause);
  return still > 0
    ? t('dose:tempoEvenPause', { time: there, pause: still })
    : t('dose:tempoEven', { time: there });
}

/** A single run of repetitions ("12 times") holds each one; several sets hold as written. */
function repeatsOneByOne(p: ExerciseParameters): boolean {
  return p.reps !== undefined && (p.sets === undefined || p.sets === 1);
}

export function exerciseDoseParts(p: ExerciseParameters, language: UiLanguage): DosePart[] {
  const tables = descriptorsIn(language);
  const w = tables.words;
  const { t } = w;
  const parts: DosePart[] = [];
  const volume = exerciseVolume(w, p);
  if (volume) parts.push(volume);
  if (p.load) {
    const load = loadText(p.load, language);
    parts.push(
      part('load', t('dose:parts.load'), load.text, {
        short: load.short,
        joiner: volume ? ' ' : ', ',
      }),
    );
  }
  if (p.holdSeconds !== undefined) {
    const time = formatSeconds(w, p.holdSeconds);
    const hold = t('dose:hold', { time });
    parts.push(
      part('hold', t('dose:parts.hold'), repeatsOneByOne(p) ? t('dose:holdEach', { time }) : hold, {
        short: hold,
      }),
    );
  }
  if (p.tempo !== undefined) {
    parts.push(
      part('tempo', t('dose:parts.tempo'), tempoText(w, p.tempo), {
        short: t('dose:tempo', { tempo: p.tempo }),
      }),
    );
  }
  // In a walk–run block the rest is the walking bout, already in the volume.
  if (p.restSeconds !== undefined && p.pattern !== 'walk_run') {
    const rest = formatSeconds(w, p.restSeconds);
    const short = p.restSeconds === 0 ? t('dose:rest.none') : t('dose:rest.short', { time: rest });
    // Rest between sets only means something when there are sets to rest between.
    const text =
      p.sets === undefined || p.sets < 2
        ? ''
        : p.restSeconds === 0
          ? t('dose:rest.noneBetweenSets')
          : t('dose:rest.betweenSets', { time: rest });
    parts.push(part('rest', t('dose:parts.rest'), text, { short }));
  }
  if (p.timesPerDay !== undefined)
    parts.push(part('timesPerDay', t('dose:parts.timesPerDay'), timesPerDayText(w, p.timesPerDay)));
  if (p.daysPerWeek !== undefined)
    parts.push(part('daysPerWeek', t('dose:parts.daysPerWeek'), daysPerWeekText(w, p.daysPerWeek)));
  const side = describedPart(['side', tables.exercise.side], p.side);
  if (side) parts.push(side);
  return parts;
}
