// The one red-flag check: from a plan's red flags as they stand now, whether a plan may be
// issued, and what a patient may take home (the exercise sheet, only the safety sheet, or
// nothing until the clinician decides). Issuing and every home-sheet print ask this.
import type { RedFlag } from '../domain/plan';
import { redFlagDecisions, redFlagLabels } from './red-flag-types';

export type HomeSheetGate =
  /** Flags without a decision: nothing goes home until the clinician records one. */
  | { kind: 'blocked'; flags: RedFlag[] }
  /** Decisions (referred, awaiting results…) that allow only the safety sheet. */
  | { kind: 'safety-sheet'; flags: RedFlag[] }
  | { kind: 'home-programme' };

/** A flag still waiting for the clinician: never acknowledged, or acknowledged without a decision. */
export function needsDecision(flag: RedFlag): boolean {
  return flag.acknowledgedAt === null || flag.decision === null;
}

export function homeSheetGate(flags: readonly RedFlag[]): HomeSheetGate {
  const undecided = flags.filter(needsDecision);
  if (undecided.length > 0) return { kind: 'blocked', flags: undecided };
  const holding = flags.filter(
    (flag) => flag.decision !== null && redFlagDecisions[flag.decision].prints === 'safety-sheet',
  );
  if (holding.length > 0) return { kind: 'safety-sheet', flags: holding };
  return { kind: 'home-programme' };
}

/** What the clinician reads when an open red flag stops issuing or printing. */
export function redFlagBlockMessage(
  flags: readonly RedFlag[],
  action: 'issue' | 'print',
): string | null {
  const undecided = flags.filter(needsDecision);
  if (undecided.length === 0) return null;
  const names = [...new Set(undecided.map((f) => redFlagLabels[f.type].toLowerCase()))].join(', ');
  const doing = action === 'issue' ? 'issued' : 'printed for the patient';
  const then = action === 'issue' ? 'issue the plan' : 'print';
  return `This plan can't be ${doing} while a red flag is open: ${names}. Nothing goes home until you have reviewed it. Record your decision on the red flag (for example referred for imaging, or cleared), then ${then}.`;
}
