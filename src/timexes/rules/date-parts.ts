/** The pieces most date rules are built from: four-digit years and days of the month. */
import type { Scan } from "../scan.js";

const EARLIEST_YEAR = 1000;
const LATEST_YEAR = 2199;

/** A plain year at token i (`2016`, not `2,016`, `2016th`, `$2016` or `1810.HK`). */
export function yearAt(scan: Scan, i: number): number | undefined {
  const token = scan.number(i);
  if (!token || token.digits !== 4 || token.suffix || scan.gluedToNumber(i)) return undefined;
  if (token.value < EARLIEST_YEAR || token.value > LATEST_YEAR) return undefined;
  const before = scan.token(i - 1);
  if (before && before.kind === "punct" && "$€£#№".includes(before.lower)) return undefined;
  return token.value;
}

/** A year at i, optionally behind a year word (`tahun 2022`): the year and the index after it. */
export function yearAfterWord(scan: Scan, i: number): { year: number; end: number } | undefined {
  const word = scan.sense(i, "yearWord");
  const at = word ? word.end : i;
  const year = yearAt(scan, at);
  return year === undefined ? spokenYearAt(scan, at) : { year, end: at + 1 };
}

/**
 * A year in words, as broadcast transcripts write it: the century then the rest
 * (`nineteen ninety-six`, `eighteen twelve`), or `two thousand`.
 */
export function spokenYearAt(scan: Scan, i: number): { year: number; end: number } | undefined {
  if (!scan.sense(i, "number")) return undefined;
  const century = scan.count(i);
  if (!century) return undefined;
  if (century.n === 2000) return { year: 2000, end: century.end };
  if (century.n !== 18 && century.n !== 19) return undefined;
  const rest = scan.sense(century.end, "number") ? scan.count(century.end) : undefined;
  if (!rest || rest.n < 10 || rest.n > 99 || !Number.isInteger(rest.n)) return undefined;
  return { year: century.n * 100 + rest.n, end: rest.end };
}

/** A day of the month at token i: `23`, `23rd`, `1e` (the German `23.` period is the caller's). */
export function dayAt(scan: Scan, i: number): { day: number; end: number } | undefined {
  const token = scan.number(i);
  if (!token || token.digits > 2 || token.value < 1 || token.value > 31) return undefined;
  if (token.suffix && !["st", "nd", "rd", "th", "e", "ste", "er"].includes(token.suffix)) return undefined;
  return { day: token.value, end: i + 1 };
}
