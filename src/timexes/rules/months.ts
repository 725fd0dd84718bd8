/**
 * Month names and the dates built on them: `23 mei 2022`, `23. Mai 2022`, `May 23, 2022`,
 * `the 12th of May`, `Juli tahun 2022`, `August 2021`, `in juli`, `July this year`,
 * `December of last year`, `last April`.
 */
import type { Parse, Scan } from "../scan.js";
import type { DateMeaning } from "../meaning.js";
import { dayAt, yearAfterWord } from "./date-parts.js";

/** A month name at i, with its abbreviation period; abbreviations and ambiguous words need support. */
function monthAt(scan: Scan, i: number, supported: boolean): { month: number; end: number } | undefined {
  const sense = scan.sense(i, "month");
  if (!sense) return undefined;
  const token = scan.token(i)!;
  let end = sense.end;
  const abbreviated = token.lower.length <= 4 && !isFullName(scan, token.lower);
  if (abbreviated && scan.punct(end, ".", true)) end++;
  else if (abbreviated && !supported) return undefined;
  if (!supported && scan.vocabulary.ambiguousWords.includes(token.lower) && !token.capitalized) return undefined;
  return { month: Number(sense.value), end };
}

/** A full name is no cut of a longer spelling of its month: `sept` and `jun` are cuts, `mei` and `märz` are not. */
function isFullName(scan: Scan, word: string): boolean {
  const month = scan.lexicon.months.get(word);
  if (month === undefined) return true;
  for (const [name, m] of scan.lexicon.months) if (m === month && name.length > word.length && name.startsWith(word)) return false;
  return true;
}

/** `2022`, `of 2022`, `, 2022`, `tahun 2022` after a month or day-month. */
function trailingYear(scan: Scan, i: number): { year: number; end: number } | undefined {
  let at = i;
  if (scan.punct(at, ",")) at++;
  else if (scan.sense(at, "of")) at = scan.sense(at, "of")!.end;
  return yearAfterWord(scan, at);
}

/** `this year`, `of last year`, `tahun lalu` after a month. */
function trailingYearShift(scan: Scan, i: number): { shift: number; end: number } | undefined {
  let at = i;
  const of = scan.sense(at, "of");
  if (of) at = of.end;
  const before = scan.sense(at, "shiftBefore");
  if (before && scan.sense(before.end, "unit")?.value === "Y") return { shift: Number(before.value), end: scan.sense(before.end, "unit")!.end };
  const unit = scan.sense(at, "unit");
  const after = unit?.value === "Y" ? scan.sense(unit.end, "shiftAfter") : undefined;
  if (after) return { shift: Number(after.value), end: after.end };
  return undefined;
}

function withYear(scan: Scan, first: number, at: number, meaning: DateMeaning): Parse {
  const year = trailingYear(scan, at);
  if (year) return { first, end: year.end, meaning: { ...meaning, year: year.year } };
  const shift = trailingYearShift(scan, at);
  if (shift) return { first, end: shift.end, meaning: { ...meaning, yearShift: shift.shift } };
  return { first, end: at, meaning };
}

/** `23 mei 2022`, `23. Mai`, `the 12th of May 2021`, `1 Syawal 1443 H`. */
export function dayMonth(scan: Scan, i: number): Parse | null {
  const first = i;
  const at = scan.skipArticle(i);
  const day = dayAt(scan, at);
  if (!day) return null;
  // German ordinal period: `23. Mai`.
  let next = scan.punct(day.end, ".", true) ? day.end + 1 : day.end;
  if (at !== i || scan.token(at)!.suffix) {
    const of = scan.sense(next, "of");
    if (of) next = of.end;
  }
  const islamic = scan.sense(next, "islamicMonth");
  if (islamic) {
    const year = yearAfterWord(scan, islamic.end);
    if (!year) return null;
    const end = scan.token(year.end)?.lower === "h" ? year.end + 1 : year.end;
    return { first, end, meaning: { kind: "date", year: year.year, month: Number(islamic.value), day: day.day, calendar: "islamic" } };
  }
  const month = monthAt(scan, next, true);
  if (!month) return null;
  // `12 Nov 1115`, `1 Nov 1015`: travel schedules write the departure time in four digits after the day.
  // A date in parentheses after another is its twin in another calendar (`(2 June 1401)`), never a schedule.
  if (!scan.punct(first - 1, "(") && militaryTime(scan, month.end)) return { first: scan.token(at)!.suffix ? first : at, end: month.end, meaning: { kind: "date", month: month.month, day: day.day } };
  // An article before the day stays out of the span unless it names the day (`the 12th of May`).
  return withYear(scan, scan.token(at)!.suffix ? first : at, month.end, { kind: "date", month: month.month, day: day.day });
}

/** The years a day-month is read with even when the four digits after it could be a clock time. */
const EARLIEST_YEAR_BESIDE_A_TIME = 1900;
const LATEST_YEAR_BESIDE_A_TIME = 2100;

/**
 * Four digits right after a day and month that read better as a time of day than as a year:
 * with a leading zero (`1 Nov 0805`), or ending a line where a sentence would end with a
 * period (`12 Nov 1115` in a schedule, not `on 18 June 1815.`).
 */
function militaryTime(scan: Scan, i: number): boolean {
  const token = scan.number(i);
  if (!token || token.digits !== 4 || token.suffix || (token.value >= EARLIEST_YEAR_BESIDE_A_TIME && token.value <= LATEST_YEAR_BESIDE_A_TIME) || token.value % 100 >= 60) return false;
  return token.value < 1000 || /^[ \t]*(?:\r?\n|$)/.test(scan.text.slice(token.end, token.end + 80));
}

/** `May 23, 2022`, `Nov. 14`, `August 2021`, `Juli tahun 2022`, `in juli`, `July this year`. */
export function monthFirst(scan: Scan, i: number): Parse | null {
  const shift = scan.sense(i, "shiftBefore");
  const at = shift ? shift.end : i;
  const month = monthAt(scan, at, false) ?? monthWithNumber(scan, at);
  if (!month) return null;
  if (shift) {
    return { first: i, end: month.end, meaning: { kind: "date", month: month.month, nearest: Number(shift.value) } };
  }
  const day = dayAt(scan, month.end);
  if (day && !(scan.punct(day.end, ":.", true) && scan.number(day.end + 1))) {
    return withYear(scan, i, day.end, { kind: "date", month: month.month, day: day.day });
  }
  const after = scan.sense(month.end, "shiftAfter");
  if (after) return { first: i, end: after.end, meaning: { kind: "date", month: month.month, nearest: Number(after.value) } };
  return withYear(scan, i, month.end, { kind: "date", month: month.month });
}

/** An abbreviated or ambiguous month name is still a month when a day or a year follows. */
function monthWithNumber(scan: Scan, i: number): { month: number; end: number } | undefined {
  const month = monthAt(scan, i, true);
  if (!month) return undefined;
  const next = scan.number(month.end) ?? (scan.punct(month.end, ",") ? scan.number(month.end + 1) : undefined);
  return next && !scan.gluedToNumber(month.end) ? month : undefined;
}
