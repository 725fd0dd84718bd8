/**
 * Periods named from the reference date: `last year`, `vorige week`, `nächsten Monat`,
 * `tahun depan`, `gisteren`, `vorgestern`, `three years ago`, `vor zwölf Jahren`,
 * `dua tahun lagi`, `Sebulan kemudian`, and weekdays (`on Monday`, `last Friday`, `Senin`).
 */
import type { TimeUnit } from "../../packs/pack.js";
import type { Parse, Scan } from "../scan.js";

/** `last year`, `this week`, `de komende maand`; `tahun lalu`, `minggu depan`. */
export function shiftedUnit(scan: Scan, i: number): Parse | null {
  const at = scan.skipArticle(i);
  const before = scan.sense(at, "shiftBefore");
  if (before) {
    const unit = scan.sense(before.end, "unit");
    // `the coming years`, `the past months`: a plural names a stretch of unknown length, not one period.
    // A phrase the pack lists as a whole (`recent years`) keeps its own value.
    if (unit && scan.sense(at, "reference")?.end === unit.end) return null;
    if (unit && Number(before.value) !== 0 && String(scan.sense(before.end, "reference")?.value ?? "").startsWith("PX")) {
      return { first: i, end: unit.end, meaning: { kind: "duration", unit: unit.value as TimeUnit, n: null } };
    }
    if (unit) return { first: i, end: unit.end, meaning: { kind: "shift", unit: unit.value as TimeUnit, n: Number(before.value) } };
    const part = scan.sense(before.end, "partOfDay");
    // `this morning` is today's; `last night` the night before today.
    const dayShift = Number(before.value) === 0 ? 0 : Number(before.value) === -1 && part?.value === "NI" ? -1 : undefined;
    if (part && dayShift !== undefined) {
      return { first: i, end: part.end, meaning: { kind: "partOfDay", partOfDay: part.value as never, day: { kind: "shift", unit: "D", n: dayShift } } };
    }
    return null;
  }
  const unit = scan.sense(i, "unit");
  const after = unit ? scan.sense(unit.end, "shiftAfter") : undefined;
  if (unit && after) return { first: i, end: after.end, meaning: { kind: "shift", unit: unit.value as TimeUnit, n: Number(after.value) } };
  return null;
}

export function namedDay(scan: Scan, i: number): Parse | null {
  const day = scan.sense(i, "day");
  if (!day) return null;
  return { first: i, end: day.end, meaning: { kind: "shift", unit: "D", n: Number(day.value) } };
}

/** `two and a half`, `twee en een half`: a count with a half added, joined by the range word `and`. */
function withHalf(scan: Scan, count: { n: number; end: number }): { n: number; end: number } {
  const joiner = scan.sense(count.end, "range");
  const half = joiner ? scan.sense(joiner.end, "number") : undefined;
  return half && Number(half.value) === 0.5 ? { n: count.n + 0.5, end: half.end } : count;
}

/** A count and a unit at i: `three years`, `12 Jahren`, or one word `setahun`. */
export function countedUnit(scan: Scan, i: number): { n: number; unit: TimeUnit; end: number } | undefined {
  const single = scan.sense(i, "singleUnit");
  if (single) return { n: 1, unit: single.value as TimeUnit, end: single.end };
  const whole = scan.count(i);
  if (!whole) return undefined;
  const count = withHalf(scan, whole);
  const next = scan.punct(count.end, "-", true) ? count.end + 1 : count.end;
  const unit = scan.sense(next, "unit");
  return unit ? { n: count.n, unit: unit.value as TimeUnit, end: unit.end } : undefined;
}

export function agoOrLater(scan: Scan, i: number): Parse | null {
  const ago = scan.sense(i, "agoBefore");
  const later = ago ? undefined : scan.sense(i, "laterBefore");
  const lead = ago ?? later;
  if (lead) {
    const counted = countedUnit(scan, lead.end);
    if (!counted) return null;
    return { first: i, end: counted.end, meaning: { kind: "shift", unit: counted.unit, n: ago ? -counted.n : counted.n, counted: true } };
  }
  const quantifier = scan.sense(i, "quantifier");
  const counted = countedUnit(scan, quantifier ? quantifier.end : i);
  if (!counted) return null;
  const agoAfter = scan.sense(counted.end, "agoAfter");
  const laterAfter = scan.sense(counted.end, "laterAfter");
  // `a month earlier than usual` compares two times: the count is a stretch.
  const shifted = agoAfter ?? laterAfter;
  if (shifted && scan.sense(shifted.end, "comparison")) return { first: i, end: counted.end, meaning: { kind: "duration", unit: counted.unit, n: counted.n } };
  if (agoAfter) return { first: i, end: agoAfter.end, meaning: { kind: "shift", unit: counted.unit, n: -counted.n, counted: true } };
  if (laterAfter) {
    return { first: i, end: laterAfter.end, meaning: { kind: "shift", unit: counted.unit, n: counted.n, fromNarrative: true } };
  }
  return null;
}

export function weekday(scan: Scan, i: number): Parse | null {
  const at = scan.skipArticle(i);
  const before = scan.sense(at, "shiftBefore");
  const dayAt = before ? before.end : at;
  const sense = scan.sense(dayAt, "weekday");
  if (!sense) return null;
  // Indonesian `minggu` is Sunday only when written as a name; lower case it is a week.
  const token = scan.token(dayAt)!;
  if (scan.sense(dayAt, "unit") && !token.capitalized) return null;
  const after = before ? undefined : scan.sense(sense.end, "shiftAfter");
  const shift = before ? Number(before.value) : after ? Number(after.value) : undefined;
  const end = after ? after.end : scan.punct(sense.end, ".", true) && token.lower.length <= 3 ? sense.end + 1 : sense.end;
  return { first: i, end, meaning: { kind: "weekday", weekday: Number(sense.value), shift: shift === 0 ? undefined : shift } };
}
