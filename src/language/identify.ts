/**
 * The language stage: the language of the whole document and, where it switches language for
 * at least a sentence, the segments in each language. Every stretch is scored once; the
 * document's verdict comes from adding up its stretches rather than from a second pass.
 */
import type { Language, LanguageCode } from "../schema/record.js";
import { scoreStretch } from "./scores.js";
import { segmentsOf } from "./segments.js";
import { stretchesOf } from "./stretches.js";
import { confidenceOf } from "./confidence.js";

/** The language of the document and its segments; a `forced` code skips detection. */
export function identifyLanguage(text: string, forced: "auto" | LanguageCode): Language {
  if (forced !== "auto") {
    return { code: forced, confidence: 1, segments: [{ start: 0, end: text.length, code: forced }] };
  }
  // Lower-cased once for all stretches; where that changes the text's length (a dotted İ), each
  // stretch is lower-cased on its own, so that offsets stay those of the text.
  const lower = text.toLowerCase();
  const sameLength = lower.length === text.length;
  const stretches = stretchesOf(text).map(({ start, end }) => ({
    start,
    end,
    scores: sameLength ? scoreStretch(lower, start, end) : scoreStretch(text.slice(start, end).toLowerCase(), 0, end - start),
  }));
  if (stretches.length === 0) {
    return { code: "und", confidence: 0, segments: [{ start: 0, end: text.length, code: "und" }] };
  }
  const { code, segments } = segmentsOf(text, stretches);
  return { code, confidence: confidenceOf(code, segments, stretches), segments };
}
