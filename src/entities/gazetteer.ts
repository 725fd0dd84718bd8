/**
 * Name lists (countries and cities from npm packages, curated organisations) as tagger
 * features: a token gets the label code of the longest listed phrase that covers it. Matching
 * ignores case; the tagger learns from the word's shape how far to trust a hit.
 */
import type { EntityType } from "../schema/record.js";
import { ENTITY_TYPES } from "./labels.js";

export type GazetteerLists = Partial<Record<EntityType, readonly string[]>>;

interface Phrase {
  words: readonly string[];
  type: number;
}

/** The listed phrases that start with one word, longest first; the tagger keeps it per word type. */
export type PhrasesStartingWith = readonly Phrase[] | undefined;

const LONGEST_PHRASE = 6;

/**
 * Upper ranks of the frequency bands, most frequent first: a word's band is the first whose
 * bound its rank in a word-frequency list stays under (band 0: in no list).
 */
const FREQUENCY_BANDS = [300, 2_000, 10_000, 30_000, Infinity];

/** Bits of `wordTypes` below the frequency bands: one per entity type. */
export const TYPE_BITS = 4;
/** Bits of one language's frequency band in `wordTypes`, and how many languages fit. */
export const BAND_BITS = 3;
export const BAND_MASK = (1 << BAND_BITS) - 1;
export const FREQUENCY_LANGUAGES = 4;

export class Gazetteer {
  private readonly phrases = new Map<string, Phrase[]>();
  private readonly singleWords = new Map<string, number>();
  private readonly frequencyBands = new Map<string, number>();

  /**
   * @param lists phrases per type, words separated by single spaces as the tokenizer splits them
   * @param frequentWords per language, word lists in lower case, each sorted from the most
   *   frequent word down
   */
  constructor(lists: GazetteerLists, frequentWords: readonly (readonly (readonly string[])[])[] = []) {
    ENTITY_TYPES.forEach((entityType, type) => {
      for (const phrase of lists[entityType] ?? []) {
        const words = phrase.toLowerCase().split(" ").filter(Boolean);
        const first = words[0];
        if (!first || words.length > LONGEST_PHRASE) continue;
        if (words.length === 1) this.singleWords.set(first, (this.singleWords.get(first) ?? 0) | (1 << type));
        const bucket = this.phrases.get(first) ?? [];
        bucket.push({ words, type });
        this.phrases.set(first, bucket);
      }
    });
    for (const bucket of this.phrases.values()) bucket.sort((a, b) => b.words.length - a.words.length);
    if (frequentWords.length > FREQUENCY_LANGUAGES) throw new Error(`at most ${FREQUENCY_LANGUAGES} languages of frequent words`);
    frequentWords.forEach((lists, language) => {
      const shift = BAND_BITS * language;
      for (const words of lists) {
        words.forEach((word, rank) => {
          const band = 1 + FREQUENCY_BANDS.findIndex((bound) => rank < bound);
          const bands = this.frequencyBands.get(word) ?? 0;
          const known = (bands >>> shift) & BAND_MASK;
          if (known === 0 || band < known) this.frequencyBands.set(word, (bands & ~(BAND_MASK << shift)) | (band << shift));
        });
      }
    });
  }

  /**
   * What the lists know of a word on its own: the bit set of the types whose lists hold it as a
   * whole name (the low `TYPE_BITS`), and above them its frequency band in each language's word
   * lists, `BAND_BITS` per language (0: in none of that language's lists).
   */
  wordTypes(word: string): number {
    const lower = word.toLowerCase();
    return (this.singleWords.get(lower) ?? 0) | ((this.frequencyBands.get(lower) ?? 0) << TYPE_BITS);
  }

  /** The phrases that start with a word, given in lower case. */
  phrasesStartingWith(lower: string): PhrasesStartingWith {
    return this.phrases.get(lower);
  }

  /**
   * Writes per token into `codes`: 0, or 1 + 2·type (+1 inside a phrase) for the longest phrase
   * starting leftmost.
   * @param lower the sentence's words in lower case
   * @param starts per word, its `phrasesStartingWith`
   * @param length the sentence's length; the arrays may be longer reused buffers
   */
  label(lower: readonly string[], starts: readonly PhrasesStartingWith[], codes: Uint8Array, length = lower.length): void {
    codes.fill(0, 0, length);
    let i = 0;
    while (i < length) {
      const match = longestPhrase(starts[i], lower, length, i);
      if (!match) {
        i++;
        continue;
      }
      for (let k = 0; k < match.words.length; k++) codes[i + k] = 1 + 2 * match.type + (k > 0 ? 1 : 0);
      i += match.words.length;
    }
  }
}

function longestPhrase(bucket: PhrasesStartingWith, lower: readonly string[], length: number, i: number): Phrase | undefined {
  if (!bucket) return undefined;
  candidates: for (const phrase of bucket) {
    if (i + phrase.words.length > length) continue;
    for (let k = 1; k < phrase.words.length; k++) if (lower[i + k] !== phrase.words[k]) continue candidates;
    return phrase;
  }
  return undefined;
}
