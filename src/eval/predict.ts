/**
 * What an extractor is asked and what the evaluator reads back. claimx's `extract` is one
 * predictor; the benchmark plugs chrono-node in the same way so both are scored by one code.
 */
import { extract } from "../pipeline/extract.js";
import { LANGUAGE_CODES, type DocumentRecord, type LanguageCode } from "../schema/record.js";
import type { GoldItem } from "./gold.js";

export interface PredictionInput {
  text: string;
  /** `YYYY-MM-DD` (or `YYYY-MM`, `YYYY`) that relative expressions resolve against. */
  referenceDate?: string;
  /** The full reference instant where the gold has one (ctparse `ref_time`). */
  referenceTime?: string;
  /** Set where the gold fixes the language (NER sentences, isolated expressions). */
  lang?: LanguageCode;
}

export type Prediction = Pick<DocumentRecord, "language" | "referenceDate" | "timexes" | "entities" | "claims">;

export type Predictor = (input: PredictionInput) => Prediction;

export const claimxPredictor: Predictor = (input) =>
  extract(input.text, { referenceDate: input.referenceDate, lang: input.lang ?? "auto" });

export function predictionInput(item: GoldItem): PredictionInput {
  switch (item.shape) {
    case "document":
      // Documents are not given their language: identifying it is part of what is scored.
      return { text: item.gold.text, referenceDate: calendarDate(item.gold.dct) };
    case "sentence":
      return { text: item.gold.text, lang: knownLanguage(item.gold.lang) };
    case "expression":
      // An expression like `19.7` carries no evidence of its language, so the corpus label
      // decides, as a locale choice does for chrono-node.
      return {
        text: item.gold.text,
        referenceDate: calendarDate(item.gold.ref_time),
        referenceTime: item.gold.ref_time,
        lang: knownLanguage(item.gold.lang),
      };
  }
}

/** The date part of a DCT or reference time; TIMEX3 DCTs may carry a clock time. */
function calendarDate(value: string | null | undefined): string | undefined {
  return value?.match(/^\d{4}(?:-\d{2}(?:-\d{2})?)?/)?.[0];
}

function knownLanguage(code: string): LanguageCode | undefined {
  return (LANGUAGE_CODES as readonly string[]).includes(code) ? (code as LanguageCode) : undefined;
}
