/**
 * When two TIMEX3 dates can be the date of one event: the same day, a day inside a month
 * (`2022-07-12` and `2022-07`), a month inside a season, quarter or half (`2022-07` and
 * `2022-SU`). A bare year is too coarse to join a more precise date: `2022` would glue every
 * event of the year together.
 */
const PERIOD_MONTHS: Record<string, readonly number[]> = {
  SP: [3, 4, 5],
  SU: [6, 7, 8],
  FA: [9, 10, 11],
  WI: [12, 1, 2],
  Q1: [1, 2, 3],
  Q2: [4, 5, 6],
  Q3: [7, 8, 9],
  Q4: [10, 11, 12],
  H1: [1, 2, 3, 4, 5, 6],
  H2: [7, 8, 9, 10, 11, 12],
};

export function compatibleDates(a: string, b: string): boolean {
  if (a === b) return true;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  if (/^\d{4}-\d{2}$/.test(shorter) && longer.startsWith(`${shorter}-`)) return true;
  return insidePeriod(a, b) || insidePeriod(b, a);
}

/** Whether `date` (a month or a day) lies in `period` (`2022-SU`, `2022-Q3`, `2022-H2`). */
function insidePeriod(date: string, period: string): boolean {
  const match = /^(\d{4})-(SP|SU|FA|WI|Q[1-4]|H[12])$/.exec(period);
  const months = match ? PERIOD_MONTHS[match[2]!] : undefined;
  if (!match || !months || !date.startsWith(`${match[1]}-`)) return false;
  const month = /^\d{4}-(\d{2})/.exec(date)?.[1];
  return month !== undefined && months.includes(Number(month));
}

/** Of two compatible dates, the one that says more. */
export function moreSpecific(a: string, b: string): string {
  const precise = (value: string) => (/^\d{4}-\d{2}-\d{2}/.test(value) ? 3 : /^\d{4}-\d{2}$/.test(value) ? 2 : 1);
  return precise(b) > precise(a) ? b : a;
}
