/**
 * Name lists (countries and cities from npm packages, curated organisations) as tagger
 * features: a token gets the label code of the longest listed phrase that covers it. Matching
 * ignores case; the tagger learns from the word's shape how far to trust a hit.
 */
import type { EntityType } from "../schema/record.js";
import { ENTITY_TYPES } from "./labels.js";
import { FrequencyBands } from "./frequency-bands.js";
import { SortedLines } from "./sorted-lines.js";

export type GazetteerLists = Partial<Record<EntityType, readonly string[]>>;

interface Phrase {
  words: readonly string[];
  type: number;
}

/** The listed phrases that start with one word, longest first; the tagger keeps it per word type. */
export type PhrasesStartingWith = readonly Phrase[] | undefined;

const LONGEST_PHRASE = 6;

/** Bits of `wordTypes` below the frequency bands: one per entity type. */
export const TYPE_BITS = 4;

/** First line of the file. */
const HEADER = "claimx gazetteer 2";
/** A line's value: the bit set of the types whose lists hold the phrase, one hexadecimal digit. */
const TYPES_WIDTH = 1;
const SPACE = 0x20;

export class Gazetteer {
  /**
   * The phrases in lower case, each with the types that list it, searched in place
   * (`SortedLines`): reading 44,000 phrases from JSON, lower-casing and sorting them cost some
   * 50 ms of start-up, more than tagging the first article.
   * @param frequencyBands each word's frequency band per language
   */
  private constructor(
    private readonly phrases: SortedLines,
    private readonly frequencyBands: FrequencyBands,
  ) {}

  /** @param lists phrases per type, words separated by single spaces as the tokenizer splits them */
  static fromLists(lists: GazetteerLists, frequencyBands = FrequencyBands.fromLists([])): Gazetteer {
    const typesOf = new Map<string, number>();
    ENTITY_TYPES.forEach((type, bit) => {
      for (const phrase of lists[type] ?? []) {
        const lower = phrase.toLowerCase();
        typesOf.set(lower, (typesOf.get(lower) ?? 0) | (1 << bit));
      }
    });
    const entries = [...typesOf].map(([key, types]) => ({ key, value: types.toString(16) }));
    return Gazetteer.parse(SortedLines.write(HEADER, TYPES_WIDTH, entries), frequencyBands);
  }

  /** The file's bytes, as `serialize` wrote them. */
  static parse(bytes: Uint8Array, frequencyBands = FrequencyBands.fromLists([])): Gazetteer {
    return new Gazetteer(SortedLines.read(bytes, HEADER, TYPES_WIDTH, "gazetteer"), frequencyBands);
  }

  serialize(): Uint8Array {
    return this.phrases.bytes;
  }

  /**
   * What the lists know of a word on its own: the bit set of the types whose lists hold it as a
   * whole name (the low `TYPE_BITS`), and above them its frequency band in each language's word
   * lists, `BAND_BITS` per language (0: in none of that language's lists).
   */
  wordTypes(word: string): number {
    const lower = word.toLowerCase();
    const key = SortedLines.keyOf(lower);
    const line = key ? this.phrases.find(key) : -1;
    const types = line < 0 ? 0 : this.typesAt(line);
    return types | (this.frequencyBands.of(lower) << TYPE_BITS);
  }

  /** The phrases that start with a word, given in lower case. */
  phrasesStartingWith(lower: string): PhrasesStartingWith {
    const key = SortedLines.keyOf(lower);
    if (!key) return undefined;
    const found: Phrase[] = [];
    const { phrases } = this;
    // The phrase that is the word itself sorts just before those that go on after it.
    for (let start = phrases.firstAtLeast(key); start < phrases.bytes.length; ) {
      const end = phrases.lineEnd(start);
      const goesOn = phrases.keyStartsWith(start, end, key) && phrases.keyByte(start, key.length) === SPACE;
      if (!goesOn && phrases.compare(key, start, end) !== 0) break;
      const words = phrases.keyAt(start, end).split(" ").filter(Boolean);
      const types = this.typesAt(start);
      if (words.length <= LONGEST_PHRASE) {
        for (let type = 0; type < ENTITY_TYPES.length; type++) if (types & (1 << type)) found.push({ words, type });
      }
      start = end + 1;
    }
    // Longest first; a phrase of several lists is taken as the first type's.
    return found.length ? found.sort((a, b) => b.words.length - a.words.length || a.type - b.type) : undefined;
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

  private typesAt(line: number): number {
    return Number.parseInt(String.fromCharCode(this.phrases.valueByte(line, 0)), 16);
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
