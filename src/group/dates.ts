/**
 * When two TIMEX3 dates can be the date of one event: the same day, a day inside a month
 * (`2022-07-12` and `2022-07`), a month inside a season, quarter or half (`2022-07` and
 * `2022-SU`). A bare year is too coarse to join a more precise date: `2022` would glue every
 * event of the year together.
 */
import type { Ymd } from "../timexes/calendar.js";
import { addDays, formatDay, isoWeekday, pad } from "../timexes/calendar.js";

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

/**
 * The first and last day a TIMEX3 date can stand for, as `YYYY-MM-DD` strings that compare in
 * calendar order (a month ends on its "31st", which orders right whatever its length), or null
 * for values that are not calendar dates.
 */
export function dayRange(value: string): { first: string; last: string } | null {
  const day = /^\d{4}-\d{2}-\d{2}/.exec(value);
  if (day) return { first: day[0], last: day[0] };
  if (/^\d{4}-\d{2}$/.test(value)) return { first: `${value}-01`, last: `${value}-31` };
  const week = /^(\d{4})-W(\d{2})$/.exec(value);
  if (week) {
    const monday = isoWeekMonday(Number(week[1]), Number(week[2]));
    return { first: formatDay(monday), last: formatDay(addDays(monday, 6)) };
  }
  const period = /^(\d{4})-(SP|SU|FA|WI|Q[1-4]|H[12])$/.exec(value);
  // Winter straddles the turn of the year, so it stands for its whole year here.
  const months = period && period[2] !== "WI" ? PERIOD_MONTHS[period[2]!] : undefined;
  if (period && months) {
    const month = (m: number) => `${period[1]}-${pad(m)}`;
    return { first: `${month(months[0]!)}-01`, last: `${month(months[months.length - 1]!)}-31` };
  }
  const year = /^(\d{4})(?:$|-)/.exec(value);
  if (year) return { first: `${year[1]}-01-01`, last: `${year[1]}-12-31` };
  const decade = /^(\d{3})$/.exec(value);
  if (decade) return { first: `${decade[1]}0-01-01`, last: `${decade[1]}9-12-31` };
  return null;
}

/** Week 1 of an ISO year is the week with its 4 January. */
function isoWeekMonday(year: number, week: number): Ymd {
  const january4 = { y: year, m: 1, d: 4 };
  return addDays(january4, 1 - isoWeekday(january4) + (week - 1) * 7);
}
