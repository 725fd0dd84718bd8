/** Fixed phrases with a fixed value: `now`, `nu`, `jetzt`, `sekarang`, `vor kurzem`, `the near future`, `jarenlang`. */
import type { Parse, Scan } from "../scan.js";

export function quarterAnaphor(scan: Scan, i: number): Parse | null {
  const sense = scan.sense(i, "quarterAnaphor");
  return sense ? { first: i, end: sense.end, meaning: { kind: "quarterAnaphor", years: Number(sense.value) } } : null;
}

export function reference(scan: Scan, i: number): Parse | null {
  // Phrases with their article (`the near future`, `de toekomst`) are listed whole: an article
  // before an adjective (`the recent rally`) does not make a timex.
  const sense = scan.sense(i, "reference");
  return sense ? { first: i, end: sense.end, meaning: { kind: "reference", value: String(sense.value) } } : null;
}
