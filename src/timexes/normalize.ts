/**
 * Turns a meaning into a TIMEX3 type and value. Relative and underspecified expressions
 * resolve against the anchor: the document's reference date in news, or the latest date the
 * text gave when there is none (HeidelTime's news and narrative strategies).
 */
import type { TimexType } from "../schema/record.js";
import type { DateMeaning, Meaning } from "./meaning.js";
import { addDays, fromTime, toTime, formatDay, formatWeek, fromIslamic, fromPersian, isoWeekday, pad, persianYear, validDay, type Ymd } from "./calendar.js";
import { durationValue } from "./rules/durations.js";
import { holidayDate } from "./holidays.js";

/** A reference point; `m`/`d` are missing when only a month or year is known (`dct: 2022-05`). */
export interface Anchor {
  y: number;
  m?: number;
  d?: number;
}

export interface Anchoring {
  /** The reference date, or the narrative's latest date when there is none. */
  anchor: Anchor | null;
  /** The latest date the text itself gave, for `a month later`, `kemudian`. */
  narrative: Anchor | null;
  /** The latest day the text gave, for clock times without a day. */
  lastDay: Ymd | null;
  /** The sentence speaks of the future (`will`, `zal`, `wird`, `akan`). */
  future: boolean;
  /** The sentence speaks of the past (`was`, `war`, `telah`), and not of the future. */
  past: boolean;
  /** The quarter the sentence reports on (`third-quarter profit … a year earlier`). */
  quarter: string | null;
}

export interface Normalized {
  type: TimexType;
  value: string;
}

export function parseAnchor(value: string | null): Anchor | null {
  const match = value ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value) : null;
  if (!match) return null;
  return { y: Number(match[1]), m: match[2] ? Number(match[2]) : undefined, d: match[3] ? Number(match[3]) : undefined };
}

function fullDay(anchor: Anchor): Ymd {
  return { y: anchor.y, m: anchor.m ?? 1, d: anchor.d ?? 1 };
}

export function normalize(meaning: Meaning, context: Anchoring): Normalized | null {
  switch (meaning.kind) {
    case "date": {
      const value = dateValue(meaning, context);
      return value ? { type: "DATE", value } : null;
    }
    case "shift": {
      const anchor = meaning.fromNarrative ? (context.narrative ?? context.anchor) : context.anchor;
      if (!anchor) return null;
      // Financial reports compare a quarter with the same quarter `a year ago`.
      if (context.quarter && meaning.counted && meaning.unit === "Y" && meaning.n === -1) {
        return { type: "DATE", value: `${Number(context.quarter.slice(0, 4)) - 1}${context.quarter.slice(4)}` };
      }
      // `Sebulan kemudian` after `23 Juli 2014` is a day: a count from a day keeps the day.
      if (meaning.fromNarrative && context.narrative && anchor.d !== undefined) return { type: "DATE", value: formatDay(shiftDay(fullDay(anchor), meaning.unit, meaning.n)) };
      const value = shiftValue(anchor, meaning.unit, meaning.n);
      // A count that reaches before year 1 (`2022 years ago`) is no date we can write.
      return /^[1-9]/.test(value) ? { type: "DATE", value } : null;
    }
    case "weekday": {
      if (!context.anchor) return null;
      const anchor = fullDay(context.anchor);
      if (meaning.week !== undefined) return { type: "DATE", value: formatDay(addDays(anchor, 7 * meaning.week + meaning.weekday - isoWeekday(anchor))) };
      if (meaning.day !== undefined) {
        const date = dayWithWeekday(anchor, meaning.day, meaning.weekday);
        if (date) return { type: "DATE", value: formatDay(date) };
      }
      return { type: "DATE", value: formatDay(weekdayDate(anchor, meaning.weekday, meaning.shift, context.future)) };
    }
    case "partOfDay": {
      const day = normalize(meaning.day, context);
      return day ? { type: "TIME", value: `${day.value}T${meaning.partOfDay}` } : null;
    }
    case "clock": {
      const day = meaning.day ? normalize(meaning.day, context)?.value : context.lastDay ? formatDay(context.lastDay) : context.anchor?.d ? formatDay(fullDay(context.anchor)) : undefined;
      const date = day && /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : "XXXX-XX-XX";
      return { type: "TIME", value: `${date}T${pad(meaning.hour)}:${pad(meaning.minute)}${meaning.utc ? "Z" : ""}` };
    }
    case "decade":
      return { type: "DATE", value: String(meaning.decade) };
    case "century":
      return { type: "DATE", value: pad(meaning.century) };
    case "holiday": {
      const date = meaning.year !== undefined ? holidayDate(meaning.rule, meaning.year) : context.anchor ? nearestHoliday(meaning.rule, fullDay(context.anchor), context) : null;
      return date ? { type: "DATE", value: formatDay(date) } : null;
    }
    case "quarterAnaphor": {
      // Without a quarter named before, a report speaks of the last quarter completed.
      const base = context.quarter ?? (context.anchor ? shiftValue(context.anchor, "Q", -1) : null);
      return base ? { type: "DATE", value: `${Number(base.slice(0, 4)) + meaning.years}${base.slice(4)}` } : null;
    }
    case "reference":
      return { type: /^PT?[\dX]/.test(meaning.value) ? "DURATION" : "DATE", value: meaning.value };
    case "duration":
      return { type: "DURATION", value: durationValue(meaning.unit, meaning.n) };
    case "set":
      return { type: "SET", value: meaning.value };
  }
}

function dateValue(meaning: DateMeaning, context: Anchoring): string | null {
  if (meaning.calendar) return otherCalendar(meaning, context);
  const year = yearOf(meaning, context);
  if (year === undefined) return null;
  const y = pad(year, 4);
  if (meaning.month !== undefined) {
    if (meaning.day !== undefined) return validDay(year, meaning.month, meaning.day) ? `${y}-${pad(meaning.month)}-${pad(meaning.day)}` : null;
    return `${y}-${pad(meaning.month)}`;
  }
  if (meaning.quarter !== undefined) return `${y}-Q${meaning.quarter}`;
  if (meaning.half !== undefined) return `${y}-H${meaning.half}`;
  if (meaning.season !== undefined) return `${y}-${meaning.season}`;
  return y;
}

/** The year a date falls in: given, shifted from the anchor's, or the one the context implies. */
function yearOf(meaning: DateMeaning, context: Anchoring): number | undefined {
  if (meaning.year !== undefined) return meaning.year;
  const anchor = context.anchor;
  if (!anchor) return undefined;
  if (meaning.yearShift !== undefined) return anchor.y + meaning.yearShift;
  // Where in the anchor's year the date falls, in months, to compare with the anchor's month.
  const position = meaning.month ?? (meaning.quarter ? meaning.quarter * 3 - 2 : meaning.half ? meaning.half * 6 - 5 : meaning.season ? seasonMonth(meaning.season) : undefined);
  if (position === undefined || anchor.m === undefined) return anchor.y;
  if (meaning.nearest === -1) return position < anchor.m ? anchor.y : anchor.y - 1;
  if (meaning.nearest === 1) return position > anchor.m ? anchor.y : anchor.y + 1;
  if (meaning.nearest === 0) return anchor.y;
  // A quarter or half not yet begun is last year's in a report about results.
  if ((meaning.quarter || meaning.half) && !context.future && position > anchor.m) return anchor.y - 1;
  if (meaning.month === undefined) return anchor.y;
  return nearestYear(anchor, meaning.month, meaning.day, context);
}

/**
 * A month or day without a year is the occurrence nearest the anchor that the tense allows:
 * `December` in February is last December, `January` in November next January, unless the
 * sentence says otherwise (`was`, `will`).
 */
function nearestYear(anchor: Anchor, month: number, day: number | undefined, context: Anchoring): number {
  const here = anchor.m! * 31 + (anchor.d ?? 15);
  let best = anchor.y;
  let bestDistance = Infinity;
  for (const y of [anchor.y - 1, anchor.y, anchor.y + 1]) {
    const offset = (y - anchor.y) * 372 + month * 31 + (day ?? 15) - here;
    const sameMonth = y === anchor.y && month === anchor.m;
    if (context.past && offset > 0 && !sameMonth) continue;
    if (context.future && offset < 0 && !sameMonth) continue;
    if (Math.abs(offset) < bestDistance) {
      best = y;
      bestDistance = Math.abs(offset);
    }
  }
  return best;
}

/** A holiday without a year: this year's, or the one before or after when the tense says it is past or ahead. */
function nearestHoliday(rule: string, anchor: Ymd, context: Anchoring): Ymd | null {
  const date = holidayDate(rule, anchor.y);
  if (!date) return null;
  const shift = context.past && toTime(date) > toTime(anchor) ? -1 : context.future && toTime(date) < toTime(anchor) ? 1 : 0;
  return shift ? holidayDate(rule, anchor.y + shift) : date;
}

function seasonMonth(season: string): number {
  return { SP: 3, SU: 6, FA: 9, WI: 12 }[season] ?? 1;
}

function otherCalendar(meaning: DateMeaning, context: Anchoring): string | null {
  if (meaning.month === undefined || meaning.day === undefined) return null;
  if (meaning.calendar === "islamic") {
    if (meaning.year === undefined) return null;
    const date = fromIslamic({ y: meaning.year, m: meaning.month, d: meaning.day });
    return date ? formatDay(date) : null;
  }
  // Translated Solar Hijri dates keep the day and name the month three places on (Khordad → June).
  const month = meaning.month - 3 <= 0 ? meaning.month + 9 : meaning.month - 3;
  const year = meaning.year ?? (context.anchor ? persianYear(fullDay(context.anchor)) - (month >= 10 ? 1 : 0) : undefined);
  if (year === undefined) return null;
  const date = fromPersian({ y: year, m: month, d: meaning.day });
  return date ? formatDay(date) : null;
}

function shiftValue(anchor: Anchor, unit: string, n: number): string {
  const day = fullDay(anchor);
  switch (unit) {
    case "Y":
      return pad(anchor.y + n, 4);
    case "DECADE":
      return String(Math.floor(anchor.y / 10) + n);
    case "CENTURY":
      return pad(Math.floor(anchor.y / 100) + n);
    case "Q": {
      const index = anchor.y * 4 + Math.floor((day.m - 1) / 3) + n;
      return `${pad(Math.floor(index / 4), 4)}-Q${(index % 4) + 1}`;
    }
    case "HALF": {
      const index = anchor.y * 2 + Math.floor((day.m - 1) / 6) + n;
      return `${pad(Math.floor(index / 2), 4)}-H${(index % 2) + 1}`;
    }
    case "M": {
      const index = anchor.y * 12 + day.m - 1 + n;
      return `${pad(Math.floor(index / 12), 4)}-${pad((index % 12) + 1)}`;
    }
    case "W":
      return formatWeek(addDays(day, 7 * n));
    case "WE":
      return `${formatWeek(addDays(day, 7 * n))}-WE`;
    default:
      return formatDay(addDays(day, unit === "D" ? n : 0));
  }
}

function shiftDay(day: Ymd, unit: string, n: number): Ymd {
  const months = unit === "Y" ? 12 * n : unit === "Q" ? 3 * n : unit === "HALF" ? 6 * n : unit === "M" ? n : 0;
  if (months) return fromTime(Date.UTC(day.y, day.m - 1 + months, day.d));
  return addDays(day, unit === "W" ? 7 * n : unit === "D" ? n : 0);
}

/** The date nearest the anchor that is this day of its month and falls on this weekday (`Monday 24th`). */
function dayWithWeekday(anchor: Ymd, day: number, weekday: number): Ymd | null {
  let best: Ymd | null = null;
  for (let shift = -2; shift <= 2; shift++) {
    const candidate = fromTime(Date.UTC(anchor.y, anchor.m - 1 + shift, day));
    if (candidate.d !== day || isoWeekday(candidate) !== weekday) continue;
    if (!best || Math.abs(toTime(candidate) - toTime(anchor)) < Math.abs(toTime(best) - toTime(anchor))) best = candidate;
  }
  return best;
}

/** The weekday nearest the anchor that the sentence's tense allows. */
function weekdayDate(anchor: Ymd, weekday: number, shift: number | undefined, future: boolean): Ymd {
  const today = isoWeekday(anchor);
  const back = (today - weekday + 7) % 7;
  const ahead = (weekday - today + 7) % 7;
  if (shift === -1) return addDays(anchor, -(back || 7));
  if (shift === 1) return addDays(anchor, ahead || 7);
  return future ? addDays(anchor, ahead) : addDays(anchor, -back);
}
