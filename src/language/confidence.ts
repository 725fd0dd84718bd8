/**
 * How sure the document's language is: the share of its letters in segments of that language,
 * times how clearly those segments' added-up scores beat the runner-up language.
 */
import type { DetectedLanguageCode, LanguageSegment } from "../schema/record.js";
import type { ScoredStretch } from "./segments.js";
import { addScores, verdictOf } from "./scores.js";

/** Sureness is tanh(margin / scale): a margin of 8 score units gives 0.46, 16 gives 0.76. */
const MARGIN_SCALE = 8;

export function confidenceOf(code: DetectedLanguageCode, segments: readonly LanguageSegment[], stretches: readonly ScoredStretch[]): number {
  // Both lists are in text order: walk them together.
  let segment = 0;
  const inCode = stretches.filter((stretch) => {
    while (segments[segment]!.end <= stretch.start) segment++;
    return segments[segment]!.code === code;
  });
  const all = addScores(stretches.map((s) => s.scores));
  const own = addScores(inCode.map((s) => s.scores));
  const total = all.letters + all.foreignLetters;
  if (total === 0) return 0;
  const share = (own.letters + own.foreignLetters) / total;
  const sureness = code === "und" ? 1 : Math.tanh(verdictOf(own).margin / MARGIN_SCALE);
  return Math.round(share * sureness * 1000) / 1000;
}
