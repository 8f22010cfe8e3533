// The clinic's calendar day and clock time, in the computer's own time zone: a visit "on
// 12 March" means the clinic's 12 March, whatever UTC says.
import type { Clock } from '../context';

const pad = (n: number) => String(n).padStart(2, '0');

export function localDate(at: Date): string {
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

export function localTime(at: Date): string {
  return `${pad(at.getHours())}:${pad(at.getMinutes())}`;
}

export function today(clock: Clock): string {
  return localDate(clock());
}

export { readableDate } from '../../../shared/visits/dates';
