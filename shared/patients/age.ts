// A patient's age on a given day, as written beside the date of birth: "38 y", or "7 mo" for
// a baby. Whole years or months completed; a birthday on 29 Feb is reached on 1 Mar.

const parts = (isoDate: string) => {
  const [y = 0, m = 0, d = 0] = isoDate.split('-').map(Number);
  return { y, m, d };
};

/** Whole months from `dateOfBirth` to `onDay` (both "YYYY-MM-DD"); null if born after it. */
export function monthsOld(dateOfBirth: string, onDay: string): number | null {
  const born = parts(dateOfBirth);
  const day = parts(onDay);
  let months = (day.y - born.y) * 12 + (day.m - born.m);
  if (day.d < born.d) months -= 1;
  return months < 0 ? null : months;
}

/** "38 y", "1 y", "7 mo"; null when there is no date of birth or it is after `onDay`. */
export function ageLabel(dateOfBirth: string | null, onDay: string): string | null {
  if (dateOfBirth === null) return null;
  const months = monthsOld(dateOfBirth, onDay);
  if (months === null) return null;
  return months < 12 ? `${months} mo` : `${Math.floor(months / 12)} y`;
}
