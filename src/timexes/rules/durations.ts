/**
 * Durations and sets: `12 years`, `two-year`, `more than a hundred years`, `seit über 100
 * Jahren` (span from `über`), `lebih dari 100 tahun`, `the past two months`, `beberapa tahun
 * terakhir`, `Setahun`; `every year`, `setiap tahun`, `daily`, `every morning`, `each July`.
 */
import type { TimeUnit } from "../../packs/pack.js";
import type { Parse, Scan } from "../scan.js";
import { countedUnit } from "./relative.js";
import { pad } from "../calendar.js";

export function duration(scan: Scan, i: number): Parse | null {
  let at = scan.skipArticle(i);
  const quantifier = scan.sense(at, "quantifier");
  if (quantifier) at = quantifier.end;
  const shift = scan.sense(at, "shiftBefore");
  // `over the next three quarters`: a quantifier counts a number, so before `the next` it is a preposition.
  if (quantifier && shift) return null;
  if (shift) at = shift.end;
  const vague = scan.sense(at, "vague");
  if (vague) {
    const unit = scan.sense(vague.end, "unit");
    if (!unit) return null;
    // `several years ago`, `beberapa tahun lalu`: some unknown time before or after now.
    const ago = scan.sense(unit.end, "agoAfter");
    if (ago) return { first: i, end: ago.end, meaning: { kind: "reference", value: "PAST_REF" } };
    const later = scan.sense(unit.end, "laterAfter");
    if (later) return { first: i, end: later.end, meaning: { kind: "reference", value: "FUTURE_REF" } };
    const end = scan.sense(unit.end, "shiftAfter")?.end ?? unit.end;
    return { first: i, end, meaning: { kind: "duration", unit: unit.value as TimeUnit, n: null } };
  }
  const counted = countedUnit(scan, at);
  if (!counted) return null;
  // `the 1988 quarter`: a year before a part of the year, never a count of quarters.
  if (counted.n >= 1000 && (counted.unit === "Q" || counted.unit === "HALF")) return null;
  // `three-quarters of its food`, `a quarter of the market`: a fraction, not three months.
  if (counted.unit === "Q" && scan.sense(counted.end, "of")) return null;
  // `one-half percent`, `a half`: one half is a fraction; six months are written `half a year`.
  if (counted.unit === "HALF" && counted.n === 1) return null;
  // A bare `the`/`last` before a count of one is a date (`the year`, `last week`), handled elsewhere.
  if (shift && counted.n === 1 && !scan.count(at)) return null;
  // `6-year-old`, `50-jarige`: a compound that goes on is an age or an adjective, not a duration.
  if (scan.punct(counted.end, "-", true) && scan.token(counted.end + 1)?.kind === "word" && !scan.token(counted.end + 1)!.spaced) return null;
  const trailing = scan.sense(counted.end, "shiftAfter");
  const end = trailing && Number(trailing.value) < 0 ? trailing.end : counted.end;
  return { first: i, end, meaning: { kind: "duration", unit: counted.unit, n: counted.n } };
}

export function recurrence(scan: Scan, i: number): Parse | null {
  const set = scan.sense(i, "set");
  if (set) return { first: i, end: set.end, meaning: { kind: "set", value: String(set.value) }, type: "SET" };
  const every = scan.sense(i, "every");
  if (!every) return null;
  const counted = countedUnit(scan, every.end);
  if (counted) return { first: i, end: counted.end, meaning: { kind: "set", value: durationValue(counted.unit, counted.n) }, type: "SET" };
  const unit = scan.sense(every.end, "unit");
  if (unit) return { first: i, end: unit.end, meaning: { kind: "set", value: durationValue(unit.value as TimeUnit, 1) }, type: "SET" };
  const weekday = scan.sense(every.end, "weekday");
  if (weekday) return { first: i, end: weekday.end, meaning: { kind: "set", value: `XXXX-WXX-${weekday.value}` }, type: "SET" };
  const part = scan.sense(every.end, "partOfDay");
  if (part) return { first: i, end: part.end, meaning: { kind: "set", value: `XXXX-XX-XXT${part.value}` }, type: "SET" };
  const month = scan.sense(every.end, "month");
  if (month) return { first: i, end: month.end, meaning: { kind: "set", value: `XXXX-${pad(Number(month.value))}` }, type: "SET" };
  return null;
}

const UNIT_VALUE: Record<TimeUnit, [string, number]> = {
  Y: ["Y", 1],
  Q: ["Q", 1],
  HALF: ["M", 6],
  M: ["M", 1],
  W: ["W", 1],
  WE: ["WE", 1],
  D: ["D", 1],
  H: ["TH", 1],
  MIN: ["TM", 1],
  // Decades and centuries are written in years, as TimeBank and ANNOTATION.md do (`P20Y`, `P100Y`).
  DECADE: ["Y", 10],
  CENTURY: ["Y", 100],
};

/** TIMEX3 duration value: `P12Y`, `PT2H`, `PXY` for an unknown count. */
export function durationValue(unit: TimeUnit, n: number | null): string {
  const [letter, factor] = UNIT_VALUE[unit];
  const count = n === null ? "X" : String(Math.round(n * factor * 1000) / 1000);
  return letter.startsWith("T") ? `PT${count}${letter.slice(1)}` : `P${count}${letter}`;
}
