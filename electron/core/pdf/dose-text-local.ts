// STOPGAP until shared/plans/dose-text.ts (plans branch) is on main: the same signature,
// `doseText(item)`, so the swap is one import. Covers the kinds printed on the home sheet.
import type {
  ExerciseParameters,
  ItemParameters,
  OrthosisParameters,
  Side,
} from '../../../shared/domain/parameters';

const seconds = (s: number) =>
  s < 60 ? `${s} s` : s % 60 === 0 ? `${s / 60} min` : `${Math.floor(s / 60)} min ${s % 60} s`;
const timesPerDay = (n: number) =>
  n === 1 ? 'once a day' : n === 2 ? 'twice a day' : `${n} times a day`;
const daysPerWeek = (n: number) =>
  n === 7 ? 'every day' : n === 1 ? 'once a week' : `${n} days a week`;
const side = (s: Side, body: 'leg' | 'foot' | 'side') =>
  s === 'both'
    ? body === 'foot'
      ? 'both feet'
      : body === 'leg'
        ? 'both legs'
        : 'both sides'
    : `${s} ${body}`;

function exercise(p: ExerciseParameters): string {
  const amount =
    p.reps !== undefined
      ? String(p.reps)
      : p.durationSeconds !== undefined
        ? seconds(p.durationSeconds)
        : undefined;
  const parts: string[] = [];
  if (p.sets !== undefined && amount !== undefined)
    parts.push(`${p.sets === 1 ? '1 set' : `${p.sets} sets`} of ${amount}`);
  else if (p.sets !== undefined) parts.push(p.sets === 1 ? '1 set' : `${p.sets} sets`);
  else if (p.reps !== undefined) parts.push(`${p.reps} times`);
  else if (p.durationSeconds !== undefined) parts.push(`for ${seconds(p.durationSeconds)}`);
  if (p.load) {
    const load = p.load;
    const text =
      load.type === 'bodyweight'
        ? 'using body weight'
        : load.type === 'kg'
          ? `with ${load.kg} kg`
          : load.type === 'band'
            ? `with a ${load.colour} band`
            : `with ${load.description}`;
    if (parts.length > 0) parts[parts.length - 1] += ` ${text}`;
    else parts.push(text);
  }
  if (p.holdSeconds !== undefined) parts.push(`hold ${seconds(p.holdSeconds)}`);
  if (p.tempo !== undefined) parts.push(`tempo ${p.tempo} s`);
  if (p.restSeconds !== undefined)
    parts.push(
      p.restSeconds === 0 ? 'no rest between sets' : `rest ${seconds(p.restSeconds)} between sets`,
    );
  if (p.timesPerDay !== undefined) parts.push(timesPerDay(p.timesPerDay));
  if (p.daysPerWeek !== undefined) parts.push(daysPerWeek(p.daysPerWeek));
  const line = parts.join(', ');
  return p.side !== undefined ? `${line}${line ? ' — ' : ''}${side(p.side, 'leg')}` : line;
}

const orthosisNames: Record<OrthosisParameters['type'], string> = {
  arch_support_custom: 'Custom arch support',
  arch_support_prefabricated: 'Ready-made arch support',
  heel_cup: 'Heel cup',
  heel_pad: 'Heel pad',
  heel_raise: 'Heel raise',
  night_splint: 'Night splint',
  footwear: 'Footwear',
  other: 'Insert or support',
};

function raw(item: ItemParameters): string {
  switch (item.kind) {
    case 'exercise':
      return exercise(item.parameters);
    case 'taping': {
      const p = item.parameters;
      const tape = { kinesiology: 'Kinesiology tape', rigid: 'Rigid tape', other: 'Tape' }[p.tape];
      const wear =
        p.wearHours % 24 === 0
          ? `${p.wearHours / 24} day${p.wearHours === 24 ? '' : 's'}`
          : `${p.wearHours} hour${p.wearHours === 1 ? '' : 's'}`;
      const line = [
        tape,
        p.technique,
        p.stretchPercent !== undefined ? `${p.stretchPercent} % stretch` : '',
        `keep on for up to ${wear}`,
      ]
        .filter(Boolean)
        .join(', ');
      return p.side ? `${line} — ${side(p.side, 'side')}` : line;
    }
    case 'orthosis': {
      const p = item.parameters;
      const head = `${orthosisNames[p.type]}${p.heelRaiseMm !== undefined ? ` ${p.heelRaiseMm} mm` : ''}`;
      const line = p.side ? `${head}, ${side(p.side, 'foot')}` : head;
      return p.wearSchedule ? `${line} — ${p.wearSchedule}` : line;
    }
    case 'education':
      return item.parameters.readingMinutes !== undefined
        ? `about ${item.parameters.readingMinutes} min to read`
        : '';
    case 'assessment':
    case 'manual_therapy':
    case 'modality':
      return '';
    default: {
      const unreachable: never = item;
      return unreachable;
    }
  }
}

export function doseText(item: ItemParameters): string {
  const line = raw(item);
  return line ? line.charAt(0).toUpperCase() + line.slice(1) : 'As shown by your clinician';
}
