/**
 * The tagger's features. Everything that depends on one word alone is computed once per word
 * type (`WordFeatures`); what depends on the sentence (neighbour pairs, position, headline
 * case, gazetteer phrases) is combined per token from integer hashes.
 */
import { combine, hashString } from "./hash.js";

/** Positions relative to the token whose word features take part: two words either side. */
export const WINDOW = 2;
export const OFFSET_COUNT = 2 * WINDOW + 1;

const enum Template {
  Word = 1,
  Lower,
  Shape,
  ShortShape,
  Prefix,
  Suffix,
  Flags,
  GazetteerWord,
  Bias = 40,
  FirstShape,
  CaseShape,
  BigramLeft,
  BigramRight,
  ShapeTrigram,
  Gazetteer,
  GazetteerShape,
  PreviousCapitalized,
}

/** Template id of a word feature seen from a neighbour: keeps offsets apart in one hash space. */
function at(template: Template, offset: number): number {
  return template * 8 + offset + WINDOW;
}

export interface WordFeatures {
  /** Feature hashes of this word seen at each offset −WINDOW … +WINDOW from the tagged token. */
  readonly byOffset: readonly Uint32Array[];
  readonly lower: number;
  readonly shortShape: number;
  readonly capitalized: boolean;
}

/** The shape of a word: `Xiaomi` → `Xxxxxx`, `P50` → `Xdd`; long runs are capped. */
function shapeOf(word: string): string {
  let shape = "";
  let previous = "";
  let run = 0;
  for (const char of word) {
    const kind = char >= "0" && char <= "9" ? "d" : char !== char.toLowerCase() ? "X" : char !== char.toUpperCase() ? "x" : char;
    run = kind === previous ? run + 1 : 1;
    previous = kind;
    if (run <= 4) shape += kind;
  }
  return shape;
}

function shortShapeOf(shape: string): string {
  let short = "";
  for (const char of shape) if (short[short.length - 1] !== char) short += char;
  return short;
}

function flagsOf(word: string): number {
  const first = word[0] ?? "";
  const upperInitial = first !== first.toLowerCase();
  const allUpper = word === word.toUpperCase() && word !== word.toLowerCase();
  const digit = /\d/.test(word);
  const lengthBucket = Math.min(word.length, 8);
  return (
    (upperInitial ? 1 : 0) |
    (allUpper ? 2 : 0) |
    (digit ? 4 : 0) |
    (word.includes("-") ? 8 : 0) |
    (word.includes(".") ? 16 : 0) |
    (lengthBucket << 5)
  );
}

/**
 * @param gazetteerTypes bit set of the gazetteer lists that hold this word on its own (0: none)
 */
export function wordFeatures(word: string, gazetteerTypes: number): WordFeatures {
  const lower = word.toLowerCase();
  const shape = shapeOf(word);
  const shortShape = shortShapeOf(shape);
  const hLower = hashString(lower, Template.Lower);
  const hShort = hashString(shortShape, Template.ShortShape);
  const hSuffix3 = hashString(lower.slice(-3), Template.Suffix);
  const center: number[] = [
    hashString(word, Template.Word),
    hLower,
    hashString(shape, Template.Shape),
    hShort,
    combine(Template.Flags, flagsOf(word)),
  ];
  for (let n = 1; n <= 4 && n < lower.length; n++) {
    center.push(hashString(lower.slice(0, n), Template.Prefix * 8 + n));
    center.push(hashString(lower.slice(-n), Template.Suffix * 8 + n));
  }
  if (gazetteerTypes) center.push(combine(Template.GazetteerWord, gazetteerTypes));
  const byOffset: Uint32Array[] = [];
  for (let offset = -WINDOW; offset <= WINDOW; offset++) {
    if (offset === 0) {
      byOffset.push(Uint32Array.from(center));
      continue;
    }
    const near = Math.abs(offset) === 1;
    const hashes = [combine(at(Template.Lower, offset), hLower), combine(at(Template.ShortShape, offset), hShort)];
    if (near) hashes.push(combine(at(Template.Suffix, offset), hSuffix3));
    if (near && gazetteerTypes) hashes.push(combine(at(Template.GazetteerWord, offset), gazetteerTypes));
    byOffset.push(Uint32Array.from(hashes));
  }
  const first = word[0] ?? "";
  return { byOffset, lower: hLower, shortShape: hShort, capitalized: first !== first.toLowerCase() };
}

/** What stands beyond the edges of a sentence. */
export const SENTENCE_START = wordFeatures("<s>", 0);
export const SENTENCE_END = wordFeatures("</s>", 0);

/** How far case is evidence in a sentence: ordinary, a headline, or text without capitals. */
export const enum SentenceCase {
  Ordinary = 0,
  /** Nearly every word capitalized: case says little. */
  Headline = 1,
  /** No capital letter at all (lower-cased corpora, chat, comments): case says nothing. */
  Lowercase = 2,
}

export function sentenceCase(words: readonly string[]): SentenceCase {
  let letters = 0;
  let capitalized = 0;
  for (const word of words) {
    const first = word[0] ?? "";
    if (first.toLowerCase() === first.toUpperCase()) continue;
    letters++;
    if (first !== first.toLowerCase()) capitalized++;
  }
  if (letters >= 3 && capitalized >= 0.8 * letters) return SentenceCase.Headline;
  if (letters >= 3 && capitalized === 0) return SentenceCase.Lowercase;
  return SentenceCase.Ordinary;
}

/**
 * Calls `emit` with every context feature of token `i`.
 * @param gazetteer per token: 0, or the label code of the gazetteer phrase covering it
 */
export function contextFeatures(
  words: readonly WordFeatures[],
  i: number,
  casing: SentenceCase,
  gazetteer: ArrayLike<number>,
  emit: (hash: number) => void,
): void {
  const self = words[i] as WordFeatures;
  const previous = words[i - 1] ?? SENTENCE_START;
  const next = words[i + 1] ?? SENTENCE_END;
  emit(combine(Template.Bias, 0));
  if (i === 0) emit(combine(Template.FirstShape, self.shortShape));
  if (casing !== SentenceCase.Ordinary) {
    emit(combine(Template.CaseShape, casing, self.shortShape));
    emit(combine(Template.CaseShape, casing, self.lower));
  }
  emit(combine(Template.BigramLeft, previous.lower, self.lower));
  emit(combine(Template.BigramRight, self.lower, next.lower));
  emit(combine(Template.ShapeTrigram, combine(Template.ShapeTrigram, previous.shortShape, self.shortShape), next.shortShape));
  emit(combine(Template.PreviousCapitalized, (previous.capitalized ? 1 : 0) | (next.capitalized ? 2 : 0) | (self.capitalized ? 4 : 0)));
  const phrase = gazetteer[i] ?? 0;
  if (phrase) {
    emit(combine(Template.Gazetteer, phrase));
    emit(combine(Template.GazetteerShape, phrase, self.shortShape));
  }
}
