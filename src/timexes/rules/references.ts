/** Fixed phrases with a fixed value: `now`, `nu`, `jetzt`, `sekarang`, `vor kurzem`, `the near future`, `jarenlang`. */
import type { Parse, Scan } from "../scan.js";

export function reference(scan: Scan, i: number): Parse | null {
  const sense = scan.sense(i, "reference");
  if (sense) return { first: i, end: sense.end, meaning: { kind: "reference", value: String(sense.value) } };
  // `the near future`: an article before a phrase that is one without it.
  const at = scan.skipArticle(i);
  const after = at !== i ? scan.sense(at, "reference") : undefined;
  return after ? { first: i, end: after.end, meaning: { kind: "reference", value: String(after.value) } } : null;
}
