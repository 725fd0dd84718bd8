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

export class Gazetteer {
  private readonly phrases = new Map<string, Phrase[]>();
  private readonly singleWords = new Map<string, number>();

  /** @param lists phrases per type, words separated by single spaces as the tokenizer splits them */
  constructor(lists: GazetteerLists) {
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
  }

  /** Bit set of the types whose lists hold this word as a whole name. */
  wordTypes(word: string): number {
    return this.singleWords.get(word.toLowerCase()) ?? 0;
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
