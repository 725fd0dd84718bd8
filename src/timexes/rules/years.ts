/** Years, decades and centuries: `2016`, `fiscal 1998`, `the 1990s`, `tahun 40-an`, `the 20th century`, `abad ke-20`. */
import type { Parse, Scan } from "../scan.js";
import { spokenYearAt, yearAt } from "./date-parts.js";

/** Units of money and amounts a year-like number may count (`2000 euro`, `1500 miljoen`). */
const NOT_A_YEAR_AFTER = new Set(["%", "million", "billion", "miljoen", "miljard", "millionen", "milliarden", "mio", "mrd", "juta", "miliar", "triliun", "euro", "dollar", "dollars", "rupiah", "km", "m", "kg", "mw", "ton", "tons", "meter", "units", "people", "mensen", "menschen", "orang",
  // Years of other calendars (`1443 H`, `1401 SH`) are not Gregorian years.
  "h", "hijriah", "hijriyah", "hijri", "ah", "sh", "saka"]);

export function year(scan: Scan, i: number): Parse | null {
  const value = yearAt(scan, i);
  if (value === undefined) return null;
  const next = scan.token(i + 1);
  if (next && NOT_A_YEAR_AFTER.has(next.lower)) return null;
  // `1990s`-style plural is a decade; `2016-2021` is two years, each found on its own.
  return { first: i, end: i + 1, meaning: { kind: "date", year: value } };
}

/** `nineteen ninety-six`, `the year two thousand`: a year in words stands alone or behind a year word. */
export function spokenYear(scan: Scan, i: number): Parse | null {
  const word = scan.sense(i, "yearWord");
  const spoken = spokenYearAt(scan, word ? word.end : i);
  if (!spoken) return null;
  // `two thousand` alone is a count; a year word or a century pair says it is a year.
  if (spoken.year === 2000 && !word) return null;
  return { first: i, end: spoken.end, meaning: { kind: "date", year: spoken.year } };
}

export function decade(scan: Scan, i: number): Parse | null {
  const first = i;
  const at = scan.skipArticle(i);
  const token = scan.number(at);
  if (token && token.suffix === "s" && token.value % 10 === 0) {
    if (token.digits === 4) return { first, end: at + 1, meaning: { kind: "decade", decade: token.value / 10 } };
    if (token.digits === 2 && scan.punct(at - 1, "'’")) return { first: at - 1, end: at + 1, meaning: { kind: "decade", decade: 190 + token.value / 10 } };
  }
  // `40-an`, `1990-an`
  if (token && token.value % 10 === 0 && scan.punct(at + 1, "-", true) && scan.token(at + 2)?.lower === "an" && !scan.token(at + 2)!.spaced) {
    const decadeValue = token.digits === 4 ? token.value / 10 : token.digits === 2 ? 190 + token.value / 10 : NaN;
    if (!Number.isNaN(decadeValue)) return { first: scan.sense(i, "yearWord") ? i : first, end: at + 3, meaning: { kind: "decade", decade: decadeValue } };
  }
  return null;
}

/** `the 20th century`, `de 19e eeuw`, `das 20. Jahrhundert`, `abad ke-20`. */
export function century(scan: Scan, i: number): Parse | null {
  const at = scan.skipArticle(i);
  const ordinal = ordinalAt(scan, at);
  if (ordinal) {
    const unit = scan.sense(ordinal.end, "unit");
    if (unit?.value === "CENTURY") return { first: i, end: unit.end, meaning: { kind: "century", century: ordinal.n - 1 } };
    return null;
  }
  const unit = scan.sense(at, "unit");
  if (unit?.value !== "CENTURY") return null;
  // Indonesian puts the ordinal after: `abad ke-20`, `abad ke 21`.
  let next = unit.end;
  if (scan.token(next)?.lower === "ke") next++;
  if (scan.punct(next, "-")) next++;
  const n = scan.number(next) ?? undefined;
  if (!n || n.digits > 2) return null;
  return { first: i, end: next + 1, meaning: { kind: "century", century: n.value - 1 } };
}

function ordinalAt(scan: Scan, i: number): { n: number; end: number } | undefined {
  const token = scan.number(i);
  if (token && token.digits <= 2) {
    if (token.suffix && ["st", "nd", "rd", "th", "e", "ste"].includes(token.suffix)) return { n: token.value, end: i + 1 };
    if (!token.suffix && scan.punct(i + 1, ".", true)) return { n: token.value, end: i + 2 };
    return undefined;
  }
  const word = scan.sense(i, "ordinal");
  return word ? { n: Number(word.value), end: word.end } : undefined;
}

export { ordinalAt };
