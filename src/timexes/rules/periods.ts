/**
 * Parts of a year: quarters and halves (`Q4 2021`, `the fourth quarter of 2021`,
 * `het vierde kwartaal`, `im dritten Quartal`, `kuartal ketiga`, `third-quarter`, `H1`) and
 * seasons (`deze zomer`, `last fall`, `summer of 2021`, `musim panas lalu`).
 */
import type { Season } from "../../packs/pack.js";
import type { DateMeaning } from "../meaning.js";
import type { Parse, Scan } from "../scan.js";
import { ordinalAt } from "./years.js";
import { yearAfterWord, yearAt } from "./date-parts.js";

const QUARTER_CODE = /^([qh])([1-4])$/;

/** The year that may follow a quarter or season: `2021`, `of 2021`, `van dit jaar`, `des Vorjahres`. */
function yearOf(scan: Scan, i: number): { year?: number; yearShift?: number; end: number } {
  let at = i;
  if (scan.punct(at, ",")) at++;
  const of = scan.sense(at, "of");
  if (of) at = scan.skipArticle(of.end);
  const year = yearAfterWord(scan, at);
  if (year) return { year: year.year, end: year.end };
  const shift = scan.sense(at, "shiftBefore");
  if (shift && scan.sense(shift.end, "unit")?.value === "Y") return { yearShift: Number(shift.value), end: scan.sense(shift.end, "unit")!.end };
  const unit = scan.sense(at, "unit");
  if (unit?.value === "Y") {
    const after = scan.sense(unit.end, "shiftAfter");
    if (after) return { yearShift: Number(after.value), end: after.end };
    if (of) return { yearShift: 0, end: unit.end };
  }
  return { end: i };
}

function period(unit: string | number, n: number, first: number, year: ReturnType<typeof yearOf>): Parse | null {
  if (unit === "Q" && n >= 1 && n <= 4) return { first, end: year.end, meaning: { kind: "date", quarter: n, year: year.year, yearShift: year.yearShift } };
  if (unit === "HALF" && n >= 1 && n <= 2) return { first, end: year.end, meaning: { kind: "date", half: n, year: year.year, yearShift: year.yearShift } };
  return null;
}

export function quarter(scan: Scan, i: number): Parse | null {
  const code = QUARTER_CODE.exec(scan.token(i)?.lower ?? "");
  if (code && scan.token(i)!.kind === "word") {
    const year = yearOf(scan, i + 1);
    return period(code[1] === "q" ? "Q" : "HALF", Number(code[2]), i, year);
  }
  const at = scan.skipArticle(i);
  // `the 1988 third quarter`: financial reports put the year first.
  const yearFirst = at > i ? yearAt(scan, at) : undefined;
  const ordinal = ordinalAt(scan, yearFirst === undefined ? at : at + 1);
  if (ordinal) {
    const next = scan.punct(ordinal.end, "-", true) ? ordinal.end + 1 : ordinal.end;
    const unit = scan.sense(next, "unit");
    if (!unit) return null;
    return period(unit.value, ordinal.n, i, yearFirst === undefined ? yearOf(scan, unit.end) : { year: yearFirst, end: unit.end });
  }
  // Indonesian order: `kuartal ketiga 2022`, `semester pertama`.
  const unit = scan.sense(at, "unit");
  if (unit && (unit.value === "Q" || unit.value === "HALF")) {
    const after = ordinalAt(scan, unit.end);
    if (after) return period(unit.value, after.n, i, yearOf(scan, after.end));
  }
  return null;
}

export function season(scan: Scan, i: number): Parse | null {
  const at = scan.skipArticle(i);
  const shift = scan.sense(at, "shiftBefore");
  const seasonAt = shift ? shift.end : at;
  const sense = scan.sense(seasonAt, "season");
  if (!sense) return null;
  const bare = !shift && at === i && !scan.token(seasonAt)!.capitalized;
  if (bare && scan.vocabulary.ambiguousWords.includes(scan.token(seasonAt)!.lower) && !yearAfterWord(scan, sense.end)) return null;
  const meaning: DateMeaning = { kind: "date", season: sense.value as Season };
  if (shift) return { first: i, end: sense.end, meaning: { ...meaning, nearest: Number(shift.value) } };
  const after = scan.sense(sense.end, "shiftAfter");
  if (after) return { first: i, end: after.end, meaning: { ...meaning, nearest: Number(after.value) } };
  const year = yearOf(scan, sense.end);
  return { first: i, end: year.end, meaning: { ...meaning, year: year.year, yearShift: year.yearShift } };
}
