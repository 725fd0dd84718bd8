/** Dates in digits: `2022-05-23`, `2022-05`, `23.05.2022`, `23/05/2022`, `28/12/2014`, `05.10.`. */
import type { Parse, Scan } from "../scan.js";

function glued(scan: Scan, i: number): boolean {
  const token = scan.token(i);
  return !!token && !token.spaced;
}

/**
 * A short day-month without a year (`10.09`, `28/06`) could be a decimal or a ratio; a weekday
 * before it (`Sonntag 10.09`) or a part of day or clock word after it (`18.07 abends`,
 * `23.6 gegen 19:30`) makes it a date.
 */
function shortDateContext(scan: Scan, i: number, end: number): boolean {
  if (scan.sense(i - 1, "weekday")?.end === i) return true;
  if (scan.punct(i - 1, ",") && scan.sense(i - 2, "weekday")?.end === i - 1) return true;
  if (scan.sense(end, "partOfDay")) return true;
  const clockAt = scan.sense(end, "clockBefore")?.end ?? end;
  // `27.06 18:14`: a clock time with a colon right after.
  return (clockAt > end && !!scan.number(clockAt)) || (!!scan.number(clockAt) && scan.punct(clockAt + 1, ":", true));
}

export function isoDate(scan: Scan, i: number): Parse | null {
  const year = scan.number(i);
  if (!year || year.digits !== 4 || year.suffix) return null;
  if (!scan.punct(i + 1, "-", true) || !glued(scan, i + 2)) return null;
  const month = scan.number(i + 2);
  if (!month || month.digits !== 2 || month.value < 1 || month.value > 12) return null;
  if (scan.punct(i + 3, "-", true) && glued(scan, i + 4)) {
    const day = scan.number(i + 4);
    if (!day || day.digits !== 2 || day.value < 1 || day.value > 31) return null;
    return { first: i, end: i + 5, meaning: { kind: "date", year: year.value, month: month.value, day: day.value } };
  }
  if (scan.number(i + 3) || scan.punct(i + 3, "-", true)) return null;
  return { first: i, end: i + 3, meaning: { kind: "date", year: year.value, month: month.value } };
}

/** Day first in all four languages; `5/23/2022` (month first) is read when the day cannot be a month. */
export function numericDate(scan: Scan, i: number): Parse | null {
  const a = scan.number(i);
  if (!a || a.digits > 2 || a.suffix) return null;
  const separator = scan.token(i + 1);
  if (!separator || separator.kind !== "punct" || !"./-".includes(separator.lower) || separator.spaced) return null;
  const b = scan.number(i + 2);
  if (!b || b.digits > 2 || b.suffix || !glued(scan, i + 2)) return null;
  // Dotted dates are day first everywhere; only slashes follow the language's habit.
  let [day, month] = scan.vocabulary.monthFirst && separator.lower === "/" ? [b.value, a.value] : [a.value, b.value];
  if (month > 12 && day <= 12) [day, month] = [month, day];
  if (day < 1 || day > 31 || month < 1 || month > 12) return null;
  const before = scan.token(i - 1);
  if (before && !a.spaced && before.kind === "punct" && "./-".includes(before.lower)) return null;
  if (scan.punct(i + 3, separator.lower, true) && glued(scan, i + 4)) {
    const yearToken = scan.number(i + 4);
    if (!yearToken || yearToken.suffix) return null;
    const year = yearToken.digits === 4 ? yearToken.value : yearToken.digits === 2 ? 2000 + yearToken.value : undefined;
    if (year === undefined) return null;
    if (scan.punct(i + 5, "./-", true) && scan.number(i + 6) && glued(scan, i + 6)) return null;
    return { first: i, end: i + 5, meaning: { kind: "date", year, month, day } };
  }
  // `05.10.` without a year: only with the closing period, which decimals never have.
  if (separator.lower === "." && scan.punct(i + 3, ".", true) && !glued(scan, i + 4)) {
    return { first: i, end: i + 4, meaning: { kind: "date", month, day } };
  }
  if (separator.lower !== "-" && shortDateContext(scan, i, i + 3) && !(scan.punct(i + 3, ".,", true) && glued(scan, i + 4))) {
    return { first: i, end: i + 3, meaning: { kind: "date", month, day } };
  }
  return null;
}
