/**
 * The year a report speaks of: `the year`, `the fiscal year`, `the full year` name the
 * reference date's year (`sales for the full year`); `the year ended March 31` names a
 * year-long stretch that the date after it closes, so it is a duration (TimeBank's P1Y).
 */
import type { Parse, Scan } from "../scan.js";

/** Words after `the year` that make it a point of comparison (`the year before`), not the year of the report. */
const COMPARISONS = new Set(["before", "after", "earlier", "later", "ago", "prior", "previous"]);

export function reportYear(scan: Scan, i: number): Parse | null {
  const at = scan.skipArticle(i);
  if (at === i) return null;
  const unit = scan.sense(at, "unit");
  // A plural (`over the years`) is a stretch of unknown length, which the pack lists as a reference.
  if (unit?.value !== "Y" || scan.sense(at, "reference")) return null;
  if (scan.sense(unit.end, "periodEnd")) return { first: i, end: unit.end, meaning: { kind: "duration", unit: "Y", n: 1 } };
  const next = scan.token(unit.end);
  if (next && (COMPARISONS.has(next.lower) || (next.kind === "punct" && next.lower === "-" && !next.spaced))) return null;
  return { first: i, end: unit.end, meaning: { kind: "shift", unit: "Y", n: 0 } };
}
