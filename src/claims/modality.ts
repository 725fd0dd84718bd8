/**
 * How sure a claim is. Rumour beats plan beats report: "if the rumors are true, the phone will
 * launch in July" is speculative; "the phone will launch in July, says Xiaomi" is planned; a
 * dated past event credited to someone is reported; the rest is asserted. A statement without a
 * date (`null`) is planned only by its words.
 */
import type { Modality } from "../schema/record.js";
import type { ClaimCues } from "../packs/pack.js";

export function modalityOf(sentence: string, cues: ClaimCues, date: string | null, referenceDate: string | null, attributed: boolean): Modality {
  if (cues.speculative.test(sentence)) return "speculative";
  if (cues.planned.test(sentence) || (date !== null && referenceDate !== null && isAfter(date, referenceDate))) return "planned";
  return attributed ? "reported" : "asserted";
}

/**
 * Whether a TIMEX3 date lies after the reference date, compared at the precision both share:
 * `2022-07` is after `2022-05-23`, `2022` is not after `2022-05-23`.
 */
function isAfter(date: string, referenceDate: string): boolean {
  const length = Math.min(date.length, referenceDate.length);
  return date.slice(0, length) > referenceDate.slice(0, length);
}
