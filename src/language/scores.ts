/**
 * Evidence for each pack's language on one stretch of text: franc's trigram distance
 * sharpened by the pack's function words. Both terms grow with the length of the stretch, so
 * scores of neighbouring stretches add up and the margin between the best two languages
 * says how sure the verdict is.
 */
import { PACKS } from "../packs/registry.js";
import type { DetectedLanguageCode } from "../schema/record.js";
import { MISSING_TRIGRAM } from "./trigram-distance.js";
import { scanLowered } from "./scan.js";

/**
 * What one function word of a pack is worth, in units of one trigram that franc does not
 * find among a language's 300 most frequent. Tuned on the development split of the
 * language-identification data.
 */
const FUNCTION_WORD_WEIGHT = 3;

export interface StretchScores {
  /** Higher is more likely, in `PACKS` order. */
  scores: number[];
  /** Latin-script letters in the stretch: the weight of its verdict. */
  letters: number;
  /** Letters of other scripts: text in none of the packs' languages. */
  foreignLetters: number;
  /** Words in the stretch. */
  words: number;
  /** Words that are function words of each pack, in `PACKS` order. */
  functionWords: number[];
}

/** The scores of `lower[from, to)`, a stretch of a text in lower case. */
export function scoreStretch(lower: string, from: number, to: number): StretchScores {
  const { distances, functionWords, words, latinLetters, otherLetters } = scanLowered(lower, from, to);
  const scores = distances.map((distance, language) => -distance / MISSING_TRIGRAM + FUNCTION_WORD_WEIGHT * functionWords[language]!);
  return { scores, letters: latinLetters, foreignLetters: otherLetters, words, functionWords };
}

/** Scores of consecutive stretches taken together. */
export function addScores(stretches: readonly StretchScores[]): StretchScores {
  const total: StretchScores = { scores: PACKS.map(() => 0), letters: 0, foreignLetters: 0, words: 0, functionWords: PACKS.map(() => 0) };
  for (const stretch of stretches) {
    stretch.scores.forEach((score, language) => (total.scores[language]! += score));
    total.letters += stretch.letters;
    total.foreignLetters += stretch.foreignLetters;
    total.words += stretch.words;
    stretch.functionWords.forEach((count, language) => (total.functionWords[language]! += count));
  }
  return total;
}

export interface Verdict {
  /** `und` where most letters are of another script, or there are none. */
  code: DetectedLanguageCode;
  /** Score of the best language minus that of the runner-up. */
  margin: number;
}

export function verdictOf({ scores, letters, foreignLetters }: StretchScores): Verdict {
  if (letters === 0 || foreignLetters > letters) return { code: "und", margin: 0 };
  let best = 0;
  let second = -1;
  for (let language = 1; language < scores.length; language++) {
    if (scores[language]! > scores[best]!) {
      second = best;
      best = language;
    } else if (second < 0 || scores[language]! > scores[second]!) {
      second = language;
    }
  }
  return { code: PACKS[best]!.code, margin: scores[best]! - scores[second]! };
}
