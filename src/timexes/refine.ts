/**
 * Clean-up passes over the matches of one stretch, each for one way timexes combine:
 * a weekday beside its date (`Monday, May 23, 2022`, `Minggu (28/12/2014)`), a day with its
 * clock time or part of day (`Minggu (28/12/2014) pukul 06.18 WIB`, `Selasa sore`), the first
 * day of a range (`1 tot 3 juni`, `1.–3. Juni`), the first count of a range (`12 to 18 months`), the second year of `1957-58` and a Solar Hijri date in parentheses after
 * its Gregorian twin (`May 23, 2022 (2 June 1401)`).
 */
import type { Meaning } from "./meaning.js";
import type { Parse, Scan } from "./scan.js";
import { dayAt } from "./rules/date-parts.js";

function isDay(meaning: Meaning): boolean {
  return (meaning.kind === "date" && meaning.day !== undefined) || meaning.kind === "weekday" || (meaning.kind === "shift" && meaning.unit === "D");
}

/** Index after punctuation and linking words in `marks`/`links` between two matches, if only those stand there. */
function bridged(scan: Scan, from: number, to: number, marks: string, links: readonly string[]): boolean {
  for (let i = from; i < to; i++) {
    const token = scan.token(i)!;
    if (token.kind === "punct" ? !marks.includes(token.lower) : !links.includes(token.lower)) return false;
  }
  return to - from <= 3;
}

const CLOCK_LINKS = ["om", "um", "at", "pada", "gegen", "rond", "around", "sekitar", "pukul", "jam", "ab", "ca", "circa", "approximately", "about", "gg"];

/** `Monday 24th`, `Thursday the 21st`: a weekday with only its day of the month. */
function ordinalDayAfter(scan: Scan, i: number): { day: number; end: number } | undefined {
  let at = i;
  if (scan.punct(at, ",")) at++;
  at = scan.skipArticle(at);
  const token = scan.number(at);
  if (!token || token.digits > 2 || token.value < 1 || token.value > 31) return undefined;
  if (!["st", "nd", "rd", "th", "e", "ste", "ter"].includes(token.suffix) && !(scan.punct(at + 1, ".", true) && !scan.number(at + 2))) return undefined;
  return { day: token.value, end: !token.suffix && scan.punct(at + 1, ".", true) ? at + 2 : at + 1 };
}

function mergeWeekdayDate(scan: Scan, parses: Parse[]): Parse[] {
  const out: Parse[] = [];
  for (let k = 0; k < parses.length; k++) {
    const a = parses[k]!;
    const b = parses[k + 1];
    // `volgende week donderdag`, `next week Monday`: the weekday of that week.
    if (b && a.meaning.kind === "shift" && a.meaning.unit === "W" && b.meaning.kind === "weekday" && b.first === a.end && !b.meaning.shift) {
      out.push({ first: a.first, end: b.end, meaning: { ...b.meaning, week: a.meaning.n } });
      k++;
      continue;
    }
    if (a.meaning.kind === "weekday" && (!b || b.first > a.end)) {
      const ordinal = ordinalDayAfter(scan, a.end);
      if (ordinal && (!b || b.first >= ordinal.end)) {
        out.push({ first: a.first, end: ordinal.end, meaning: { ...a.meaning, day: ordinal.day } });
        continue;
      }
    }
    if (b && a.meaning.kind === "weekday" && b.meaning.kind === "date" && b.meaning.day !== undefined && bridged(scan, a.end, b.first, ",(", ["den", "de", "der"])) {
      const close = scan.token(a.end)?.lower === "(" && scan.punct(b.end, ")") ? b.end + 1 : b.end;
      out.push({ first: a.first, end: close, meaning: b.meaning });
      k++;
    } else out.push(a);
  }
  return out;
}

/** Words that may stand between a day and its part of day: `Monday in the morning`, `11th December by early evening`. */
const PART_LINKS = [...CLOCK_LINKS, "in", "by"];

/** `evening`, `late evening`, `early morning` at i: the part of day and the index after it. */
function partOfDayAt(scan: Scan, i: number): { value: string; end: number } | undefined {
  const modifier = scan.sense(i, "periodPart");
  const part = scan.sense(i, "partOfDay") ?? (modifier ? scan.sense(modifier.end, "partOfDay") : undefined);
  return part ? { value: String(part.value), end: part.end } : undefined;
}

/** A part of day after a day, behind a link word or in parentheses: `Tuesday late morning`, `October 10 (afternoon)`. */
function partOfDayAfter(scan: Scan, i: number): { value: string; end: number } | undefined {
  let at = i;
  if (scan.punct(at, "-–,(")) at++;
  const direct = partOfDayAt(scan, at);
  const part = direct ?? (PART_LINKS.includes(scan.token(at)?.lower ?? "") ? partOfDayAt(scan, at + 1) : undefined);
  if (!part) return undefined;
  return { value: part.value, end: scan.token(i)?.lower === "(" && scan.punct(part.end, ")") ? part.end + 1 : part.end };
}

/**
 * `Evening of 16 Nov`, `early morning on Tuesday 12.12`: a part of day before its day, where
 * it opens a line as in a schedule or request. In running news text (`at noon Thursday`,
 * `the night of Oct. 23`) annotators mark the day alone.
 */
function partOfDayBefore(scan: Scan, first: number, previousEnd: number): { value: string; first: number } | undefined {
  const link = scan.token(first - 1)?.lower;
  const at = link === "of" || link === "on" ? first - 1 : first;
  for (let j = Math.max(previousEnd, at - 3); j < at; j++) {
    const part = partOfDayAt(scan, j);
    if (part?.end === at) return opensLine(scan, j) ? { value: part.value, first: j } : undefined;
  }
  return undefined;
}

function opensLine(scan: Scan, i: number): boolean {
  const start = scan.token(i)!.start;
  const lineStart = scan.text.lastIndexOf("\n", start - 1) + 1;
  return scan.text.slice(lineStart, start).trim() === "";
}

/**
 * A clock time written without a colon or a word that says so, read only right after a day,
 * where a figure is no price: `12 Nov 1115`, `December approximately 17.30`, `Sunday 1925`.
 */
function bareClockAt(scan: Scan, i: number): { hour: number; minute: number; end: number } | undefined {
  const token = scan.number(i);
  if (!token || scan.gluedToNumber(i) && token.digits !== 2) return undefined;
  if (token.digits === 4 && !token.suffix) {
    const hour = Math.floor(token.value / 100);
    const minute = token.value % 100;
    // `Tuesday 1500 people` is a count: a four-digit time ends its phrase.
    return hour < 24 && minute < 60 && scan.token(i + 1)?.kind !== "word" ? { hour, minute, end: i + 1 } : undefined;
  }
  if (token.digits > 2 || token.suffix || token.value > 23 || !scan.punct(i + 1, ".", true)) return undefined;
  const minute = scan.number(i + 2);
  if (!minute || minute.digits !== 2 || minute.value > 59 || minute.spaced || minute.suffix && minute.suffix !== "h") return undefined;
  if (scan.punct(i + 3, ".", true) && scan.number(i + 4) && !scan.token(i + 4)!.spaced) return undefined;
  return { hour: token.value, minute: minute.value, end: i + 3 };
}

function mergeDayTime(scan: Scan, parses: Parse[]): Parse[] {
  const out: Parse[] = [];
  for (let k = 0; k < parses.length; k++) {
    let a = parses[k]!;
    const b = parses[k + 1];
    if (!isDay(a.meaning)) {
      out.push(a);
      continue;
    }
    // `morgen gegen Mittag`, `Montag 29.5 am Abend`: a part of day may follow a link word.
    const part = partOfDayAfter(scan, a.end);
    const afterDay = part ? part.end : a.end;
    // `05.12.2017 7:15am`, `am 19.09. morgens um 07:05`, `25 SEP, 15:50`: the clock time wins over the part of day.
    // Behind a comma only a bare time joins: `Sabtu 20 April 1997, pukul 08.00 WIB` are two timexes.
    const joined = b && (bridged(scan, afterDay, b.first, ".(-–", CLOCK_LINKS) || (scan.punct(afterDay, ",") && b.first === afterDay + 1));
    if (b && joined && b.meaning.kind === "clock" && !b.meaning.day) {
      out.push({ first: a.first, end: b.end, meaning: { ...b.meaning, day: a.meaning }, type: "TIME" });
      k++;
      continue;
    }
    const bare = [afterDay, afterDay + 1, afterDay + 2]
      .filter((at) => at < scan.tokens.length && (!b || at <= b.first))
      .map((at) => (bridged(scan, afterDay, at, "", CLOCK_LINKS) ? bareClockAt(scan, at) : undefined))
      .find((clock) => clock !== undefined);
    // The four digits may have been read as a year of their own (`12 Nov` `1115`): the time takes them.
    const bareYear = b && bare && b.first === bare.end - 1 && b.end === bare.end && b.meaning.kind === "date" && b.meaning.month === undefined;
    if (bare && (!b || b.first >= bare.end || bareYear)) {
      out.push({ first: a.first, end: bare.end, meaning: { kind: "clock", hour: bare.hour, minute: bare.minute, day: a.meaning }, type: "TIME" });
      if (bareYear) k++;
      continue;
    }
    const before = part ? undefined : partOfDayBefore(scan, a.first, out.at(-1)?.end ?? 0);
    if (part) a = { first: a.first, end: part.end, meaning: { kind: "partOfDay", partOfDay: part.value as never, day: a.meaning }, type: "TIME" };
    else if (before) a = { first: before.first, end: a.end, meaning: { kind: "partOfDay", partOfDay: before.value as never, day: a.meaning }, type: "TIME" };
    out.push(a);
  }
  return out;
}

/** `1 tot 3 juni`, `1.–3. Juni`, `May 1-3` is left to the month rule. */
const DAY_LINKS = ["am", "on", "op", "pada", "den"];

/** `um 18:40 Uhr am 22.09.2017`: a clock time before its day. */
function mergeTimeDay(scan: Scan, parses: Parse[]): Parse[] {
  const out: Parse[] = [];
  for (let k = 0; k < parses.length; k++) {
    const a = parses[k]!;
    const b = parses[k + 1];
    if (b && a.meaning.kind === "clock" && !a.meaning.day && isDay(b.meaning) && bridged(scan, a.end, b.first, ",", DAY_LINKS)) {
      out.push({ first: a.first, end: b.end, meaning: { ...a.meaning, day: b.meaning }, type: "TIME" });
      k++;
    } else out.push(a);
  }
  return out;
}

function rangeStarts(scan: Scan, parses: Parse[]): Parse[] {
  const out: Parse[] = [];
  let previousEnd = 0;
  for (const parse of parses) {
    const meaning = parse.meaning;
    if (meaning.kind === "date" && meaning.day !== undefined && parse.first >= 2) {
      // The joiner may be a dash or a phrase: `tot en met`, `bis zum`.
      const joinerAt = scan.punct(parse.first - 1, "-–—")
        ? parse.first - 1
        : [1, 2, 3].map((n) => parse.first - n).find((i) => i >= 0 && scan.sense(i, "range")?.end === parse.first);
      const dayBefore = (i: number) => {
        const end = dayAt(scan, i)?.end;
        return joinerAt !== undefined && (end === joinerAt || (end === joinerAt - 1 && scan.punct(end, ".", true)));
      };
      const start = joinerAt === undefined ? undefined : [joinerAt - 1, joinerAt - 2].find((i) => i >= previousEnd && dayBefore(i));
      if (start !== undefined) {
        const day = dayAt(scan, start)!;
        out.push({ first: start, end: start + 1, meaning: { ...meaning, day: day.day } });
      }
    }
    out.push(parse);
    previousEnd = parse.end;
  }
  return out;
}

/** `between 12 and 18 months`, `two to three weeks`: the first count shares the unit of the second. */
function countRanges(scan: Scan, parses: Parse[]): Parse[] {
  const out: Parse[] = [];
  for (const parse of parses) {
    const meaning = parse.meaning;
    if (meaning.kind === "duration" && meaning.n !== null && parse.first >= 2) {
      const joinerAt = scan.punct(parse.first - 1, "-–") ? parse.first - 1 : [1, 2].map((n) => parse.first - n).find((i) => scan.sense(i, "range")?.end === parse.first);
      const previousEnd = out.at(-1)?.end ?? 0;
      const start = joinerAt === undefined ? undefined : [joinerAt - 1, joinerAt - 2].find((i) => i >= previousEnd && scan.count(i)?.end === joinerAt);
      if (start !== undefined) out.push({ first: start, end: joinerAt!, meaning: { ...meaning, n: scan.count(start)!.n } });
    }
    out.push(parse);
  }
  return out;
}

/** `1957-58`, `1998-99`: the second year of a span written with its last two digits only. */
function shortYearSpans(scan: Scan, parses: Parse[]): Parse[] {
  const out: Parse[] = [];
  for (const parse of parses) {
    out.push(parse);
    const meaning = parse.meaning;
    const first = scan.number(parse.first);
    if (meaning.kind !== "date" || meaning.year === undefined || meaning.month !== undefined || parse.end !== parse.first + 1 || first?.digits !== 4) continue;
    const second = scan.number(parse.end + 1);
    if (!scan.punct(parse.end, "-–", true) || !second || second.spaced || second.digits !== 2 || second.suffix) continue;
    // A month (`2010-11`) is read by the ISO date rule; only a later year's digits make a span.
    if (second.value <= 12 || second.value <= meaning.year % 100 || scan.number(parse.end + 2)) continue;
    out.push({ first: parse.end + 1, end: parse.end + 2, meaning: { kind: "date", year: meaning.year - (meaning.year % 100) + second.value } });
  }
  return out;
}

function persianTwins(scan: Scan, parses: Parse[]): Parse[] {
  return parses.map((parse, k) => {
    const before = parses[k - 1];
    const meaning = parse.meaning;
    if (!before || meaning.kind !== "date" || meaning.day === undefined || before.meaning.kind !== "date" || before.meaning.day === undefined) return parse;
    if (!scan.punct(parse.first - 1, "(") || before.end !== parse.first - 1) return parse;
    if (meaning.year !== undefined && (meaning.year < 1300 || meaning.year > 1500)) return parse;
    return { ...parse, meaning: { ...meaning, calendar: "persian" as const } };
  });
}

export function refine(scan: Scan, parses: Parse[]): Parse[] {
  return persianTwins(scan, shortYearSpans(scan, countRanges(scan, rangeStarts(scan, mergeTimeDay(scan, mergeDayTime(scan, mergeWeekdayDate(scan, parses)))))));
}
