// Matching errors from the core (ApiError issues) to the field that caused them.
import type { Issue } from '../../../../shared/errors';

export type IssueLookup = (...path: (string | number)[]) => string | undefined;

/** Issues of an update come under "draft"; the form looks them up without it. */
export function issueLookup(issues: readonly Issue[]): IssueLookup {
  const normalised = issues.map((issue) => ({
    ...issue,
    path: issue.path[0] === 'draft' ? issue.path.slice(1) : issue.path,
  }));
  return (...path) =>
    normalised.find(
      (issue) =>
        issue.path.length === path.length && path.every((segment, i) => issue.path[i] === segment),
    )?.message;
}
