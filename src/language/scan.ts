/**
 * One pass over a stretch of text that collects everything its scores need: franc's trigram
 * distances (franc's cleaning applied on the fly: lower case, runs of white space, digits and
 * ASCII punctuation as one space, a space at each end), the function words of each pack among
 * its Latin-script words (inner apostrophes kept, the typographic one read as the ASCII one),
 * and its letters in and out of the Latin script.
 */
import { classOf, LATIN_LETTER, OTHER_LETTER, SEPARATOR } from "./characters.js";
import { functionWordPacks } from "./function-word-table.js";
import { TrigramModels, TrigramTally } from "./trigram-distance.js";
import { addCharacter, characterIndex } from "./trigram-keys.js";
import { PACKS } from "../packs/registry.js";

export interface Scan {
  /** franc's trigram distance to each language of the tally's models (the packs' by default), less a constant. */
  distances: number[];
  /** Function words of each pack, in `PACKS` order. */
  functionWords: number[];
  words: number;
  latinLetters: number;
  otherLetters: number;
}

const SPACE = characterIndex(" ".charCodeAt(0));
const APOSTROPHE = 0x27;
const TYPOGRAPHIC_APOSTROPHE = 0x2019;

const packTally = new TrigramTally(new TrigramModels(PACKS.map((pack) => pack.francCode)));

/** Scans `text`; the trigram distances are to the packs' languages unless another tally is given. */
export function scan(text: string, tally: TrigramTally = packTally): Scan {
  return scanLowered(text.toLowerCase(), 0, text.length, tally);
}

/**
 * Scans `lower[from, to)`, text already in lower case: a document is lower-cased once, not
 * once per stretch, and its stretches are scanned where they lie rather than sliced out.
 */
export function scanLowered(lower: string, from: number, to: number, tally: TrigramTally = packTally): Scan {
  const functionWords = PACKS.map(() => 0);
  let words = 0;
  let latinLetters = 0;
  let otherLetters = 0;

  // The trigram window starts on franc's leading space.
  let key = SPACE;
  let length = 1;
  let lastWasSpace = true;
  let pendingSpace = false;
  let wordStart = -1;

  const endWord = (end: number) => {
    words++;
    const packs = functionWordPacks(lower, wordStart, end);
    if (packs !== 0) for (let language = 0; language < functionWords.length; language++) if (packs & (1 << language)) functionWords[language]!++;
    wordStart = -1;
  };

  for (let i = from; i < to; i++) {
    const code = lower.charCodeAt(i);
    const kind = classOf(code);

    if (kind === LATIN_LETTER) {
      latinLetters++;
      if (wordStart < 0) wordStart = i;
    } else if (wordStart >= 0) {
      const apostropheInWord =
        (code === APOSTROPHE || code === TYPOGRAPHIC_APOSTROPHE) && i + 1 < to && classOf(lower.charCodeAt(i + 1)) === LATIN_LETTER;
      if (!apostropheInWord) endWord(i);
    }
    if (kind === OTHER_LETTER) otherLetters++;

    if (kind === SEPARATOR) {
      pendingSpace = !lastWasSpace;
      continue;
    }
    if (pendingSpace) {
      key = addCharacter(key, SPACE);
      if (++length >= 3) tally.add(key);
      pendingSpace = false;
    }
    key = addCharacter(key, characterIndex(code));
    if (++length >= 3) tally.add(key);
    lastWasSpace = false;
  }
  if (wordStart >= 0) endWord(to);
  // Trailing separators fall away; franc's closing space does not.
  key = addCharacter(key, SPACE);
  if (++length >= 3) tally.add(key);
  return { distances: tally.distances(), functionWords, words, latinLetters, otherLetters };
}
