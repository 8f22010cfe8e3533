// Exercise doses as a clinician writes them for the patient: "3 sets of 15, hold 3 s, twice a
// day", but "12 times, hold 10 s each" for a single set and "2 min" for a timed one. The
// compact forms ("1×12", "1×2 min") stay as clinicians write them in notes and diffs.
import type { ExerciseParameters, Load } from '../../domain/parameters';
import {
  daysPerWeekText,
  formatNumber,
  formatSeconds,
  midSentence,
  part,
  sideText,
  timesPerDayText,
  type DosePart,
} from './parts';

export function loadText(load: Load): { text: string; short: string } {
  switch (load.type) {
    case 'bodyweight':
      // The default load: saying it on the patient's sheet adds words and nothing else.
      return { text: '', short: 'body weight' };
    case 'kg':
      return { text: `with ${formatNumber(load.kg)} kg`, short: `${formatNumber(load.kg)} kg` };
    case 'band':
      return { text: `with a ${load.colour} band`, short: `${load.colour} band` };
    case 'other':
      return { text: `with ${midSentence(load.description)}`, short: load.description };
    default: {
      const unreachable: never = load;
      return unreachable;
    }
  }
}

const setsText = (sets: number) => (sets === 1 ? '1 set' : `${sets} sets`);

/**
 * A walk–run block is one sequence, not sets: "run 1 min, walk 2 min, 8 times" ("8 sets of
 * 1 min, rest 2 min" would read as eight separate efforts).
 */
function walkRunVolume(p: ExerciseParameters): DosePart | null {
  const { sets, durationSeconds, restSeconds } = p;
  if (durationSeconds === undefined) return null;
  const run = `run ${formatSeconds(durationSeconds)}`;
  const walk = restSeconds ? `, walk ${formatSeconds(restSeconds)}` : '';
  const times = sets === undefined || sets === 1 ? '' : `, ${sets} times`;
  const short = `run ${formatSeconds(durationSeconds)}${restSeconds ? ` / walk ${formatSeconds(restSeconds)}` : ''}${sets && sets > 1 ? ` ×${sets}` : ''}`;
  return part('volume', 'walk–run', `${run}${walk}${times}`, { short });
}

function exerciseVolume(p: ExerciseParameters): DosePart | null {
  if (p.pattern === 'walk_run') return walkRunVolume(p);
  const { sets, reps, durationSeconds } = p;
  if (sets !== undefined && reps !== undefined) {
    const short = `${sets}×${reps}`;
    return sets === 1
      ? part('volume', 'sets and reps', `${reps} times`, { short })
      : part('volume', 'sets and reps', `${sets} sets of ${reps}`, { short });
  }
  if (sets !== undefined && durationSeconds !== undefined) {
    const time = formatSeconds(durationSeconds);
    const short = `${sets}×${time}`;
    return sets === 1
      ? part('volume', 'sets and reps', time, { short })
      : part('volume', 'sets and reps', `${sets} sets of ${time}`, { short });
  }
  if (sets !== undefined) return part('volume', 'sets', setsText(sets));
  if (reps !== undefined) return part('volume', 'reps', `${reps} times`, { short: `${reps} reps` });
  if (durationSeconds !== undefined) {
    return part('volume', 'time', formatSeconds(durationSeconds));
  }
  return null;
}

/**
 * "3-2-3" is clinic shorthand; a patient reads "3 s each way, pause 2 s". Only an even tempo
 * (the same time both ways) says it without naming a direction, which depends on the exercise;
 * any other stays as written and the steps explain it.
 */
function tempoText(tempo: string): string {
  const [there, pause, back, ...more] = tempo.split('-');
  if (more.length > 0 || there === undefined || back === undefined || there !== back) {
    return `tempo ${tempo} s`;
  }
  const still = Number(pause);
  return still > 0 ? `${there} s each way, pause ${still} s` : `${there} s each way`;
}

/** A single run of repetitions ("12 times") holds each one; several sets hold as written. */
function repeatsOneByOne(p: ExerciseParameters): boolean {
  return p.reps !== undefined && (p.sets === undefined || p.sets === 1);
}

export function exerciseDoseParts(p: ExerciseParameters): DosePart[] {
  const parts: DosePart[] = [];
  const volume = exerciseVolume(p);
  if (volume) parts.push(volume);
  if (p.load) {
    const load = loadText(p.load);
    parts.push(part('load', 'load', load.text, { short: load.short, joiner: volume ? ' ' : ', ' }));
  }
  if (p.holdSeconds !== undefined) {
    const hold = `hold ${formatSeconds(p.holdSeconds)}`;
    parts.push(part('hold', 'hold', repeatsOneByOne(p) ? `${hold} each` : hold, { short: hold }));
  }
  if (p.tempo !== undefined) {
    parts.push(part('tempo', 'tempo', tempoText(p.tempo), { short: `tempo ${p.tempo} s` }));
  }
  // In a walk–run block the rest is the walking bout, already in the volume.
  if (p.restSeconds !== undefined && p.pattern !== 'walk_run') {
    const short = p.restSeconds === 0 ? 'no rest' : `rest ${formatSeconds(p.restSeconds)}`;
    // Rest between sets only means something when there are sets to rest between.
    const text =
      p.sets === undefined || p.sets < 2
        ? ''
        : p.restSeconds === 0
          ? 'no rest between sets'
          : `rest ${formatSeconds(p.restSeconds)} between sets`;
    parts.push(part('rest', 'rest', text, { short }));
  }
  if (p.timesPerDay !== undefined)
    parts.push(part('timesPerDay', 'times a day', timesPerDayText(p.timesPerDay)));
  if (p.daysPerWeek !== undefined)
    parts.push(part('daysPerWeek', 'days a week', daysPerWeekText(p.daysPerWeek)));
  if (p.side !== undefined)
    parts.push(part('side', 'side', sideText(p.side, 'leg'), { joiner: ' — ' }));
  return parts;
}
