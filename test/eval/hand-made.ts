/** Hand-made gold and predictions for the evaluator's tests, so every count can be checked by eye. */
import { fileURLToPath } from "node:url";
import type { Prediction, Predictor } from "../../src/eval/predict.js";
import { parseGold, type GoldFile } from "../../src/eval/read-gold.js";
import type { DetectedLanguageCode } from "../../src/schema/record.js";

export function fixture(name: string): string {
  return fileURLToPath(new URL(`../../fixtures/eval/${name}`, import.meta.url));
}

/** The span of the `nth` occurrence of `quote` in `text`. */
export function spanOf(text: string, quote: string, nth = 0): { start: number; end: number; text: string } {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(quote, start + 1);
  if (start < 0) throw new Error(`${quote} not in ${text}`);
  return { start, end: start + quote.length, text: quote };
}

export function goldOf(records: object[]): GoldFile {
  return parseGold("hand-made.jsonl", records.map((r) => JSON.stringify(r)).join("\n"));
}

export function prediction(parts: Partial<Prediction> & { code?: DetectedLanguageCode } = {}): Prediction {
  const code = parts.code ?? "und";
  return {
    language: parts.language ?? { code, confidence: 1, segments: [] },
    referenceDate: parts.referenceDate ?? { value: null, source: "none" },
    timexes: parts.timexes ?? [],
    entities: parts.entities ?? [],
    claims: parts.claims ?? [],
  };
}

/** Answers with the prediction made for each text; an unknown text is a test bug. */
export function predictorFor(byText: Record<string, Prediction>): Predictor {
  return (input) => {
    const answer = byText[input.text];
    if (!answer) throw new Error(`no prediction for ${input.text}`);
    return answer;
  };
}
