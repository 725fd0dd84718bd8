/** Named days: `Christmas`, `Prinsjesdag`, `Karfreitag 2023`, `Idul Fitri 2024`. */
import type { Parse, Scan } from "../scan.js";
import { yearAfterWord } from "./date-parts.js";

export function holiday(scan: Scan, i: number): Parse | null {
  const at = scan.skipArticle(i);
  const sense = scan.sense(at, "holiday");
  if (!sense) return null;
  const year = yearAfterWord(scan, sense.end);
  return { first: i, end: year ? year.end : sense.end, meaning: { kind: "holiday", rule: String(sense.value), year: year?.year } };
}
