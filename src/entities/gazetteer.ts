/**
 * Name lists (countries and cities from npm packages, curated organisations) as tagger
 * features: a token gets the label code of the longest listed phrase that covers it. Matching
 * ignores case; the tagger learns from the word's shape how far to trust a hit.
 */
import type { EntityType } from "../schema/record.js";
import { ENTITY_TYPES } from "./labels.js";
import { BAND_BITS, BAND_MASK, FREQUENCY_LANGUAGES, FrequencyBands } from "./frequency-bands.js";
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

/** First line of the list of smaller places, and its values: a bit set of lists, one hexadecimal digit. */
const PLACES_HEADER = "claimx places 1";
const PLACES_WIDTH = 1;
export const PLACE_CODE_BITS = 4;
/** Where the fields of `placeTypes` start: the place codes of the word, its stem, its first and last part. */
export const PLACE_FIELDS = { own: 0, stem: PLACE_CODE_BITS, first: 2 * PLACE_CODE_BITS, last: 3 * PLACE_CODE_BITS } as const;

const HEAD_BITS = 5;
/**
 * Where the fields of `partTypes` start: type bit sets (`TYPE_BITS` each) of the stem, the
 * first and the last part, the head's start (`HEAD_BITS`) and its band (`BAND_BITS`).
 */
export const PART_FIELDS = { stem: 0, first: TYPE_BITS, last: 2 * TYPE_BITS, head: 3 * TYPE_BITS, headBand: 3 * TYPE_BITS + HEAD_BITS } as const;
export const HEAD_MASK = (1 << HEAD_BITS) - 1;

/**
 * Genitive, plural and adjective endings of names (`Deutschlands`, `Frankfurter`,
 * `Italieners`), tried in this order: the first stem on a list counts.
 */
const INFLECTIONS = ["s", "es", "n", "en", "er", "ers", "ern", "ner", "ns"];
/** Letters a stem or the front of a compound keeps at least, and a compound's head has at least. */
const MIN_STEM = 3;
const MIN_HEAD = 4;

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
    private readonly places: SortedLines | undefined,
  ) {}

  /** @param lists phrases per type, words separated by single spaces as the tokenizer splits them */
  static fromLists(lists: GazetteerLists, frequencyBands = FrequencyBands.fromLists([]), places?: ReadonlyMap<string, number>): Gazetteer {
    const typesOf = new Map<string, number>();
    ENTITY_TYPES.forEach((type, bit) => {
      for (const phrase of lists[type] ?? []) {
        const lower = phrase.toLowerCase();
        typesOf.set(lower, (typesOf.get(lower) ?? 0) | (1 << bit));
      }
    });
    const entries = [...typesOf].map(([key, types]) => ({ key, value: types.toString(16) }));
    const placeBytes = places ? SortedLines.write(PLACES_HEADER, PLACES_WIDTH, [...places].map(([key, code]) => ({ key: key.toLowerCase(), value: code.toString(16) }))) : undefined;
    return Gazetteer.parse(SortedLines.write(HEADER, TYPES_WIDTH, entries), frequencyBands, placeBytes);
  }

  /** The file's bytes, as `serialize` wrote them. */
  static parse(bytes: Uint8Array, frequencyBands = FrequencyBands.fromLists([]), places?: Uint8Array): Gazetteer {
    return new Gazetteer(SortedLines.read(bytes, HEADER, TYPES_WIDTH, "gazetteer"), frequencyBands, places ? SortedLines.read(places, PLACES_HEADER, PLACES_WIDTH, "places") : undefined);
  }

  serialize(): Uint8Array {
    return this.phrases.bytes;
  }

  serializePlaces(): Uint8Array | undefined {
    return this.places?.bytes;
  }

  /**
   * What the list of smaller places knows of a word (`PLACE_FIELDS`): the code of the word
   * itself, of the word without an inflection ending, and of the last and the first part of a
   * hyphenated word. A code is a bit set of the place lists (`PLACE_CODE_BITS`).
   */
  placeTypes(word: string): number {
    if (!this.places) return 0;
    const lower = word.toLowerCase();
    const own = this.placeOf(lower);
    let found = own;
    if (!own) found |= stemLookup(lower, (stem) => this.placeOf(stem)) << PLACE_FIELDS.stem;
    const hyphen = lower.lastIndexOf("-");
    if (hyphen > 0 && hyphen + 1 < lower.length) {
      found |= this.placeOf(lower.slice(0, lower.indexOf("-"))) << PLACE_FIELDS.first;
      found |= this.placeOf(lower.slice(hyphen + 1)) << PLACE_FIELDS.last;
    }
    return found;
  }

  private placeOf(lower: string): number {
    return (this.places as SortedLines).hexValueOf(lower);
  }

  /**
   * What the lists know of a word on its own: the bit set of the types whose lists hold it as a
   * whole name (the low `TYPE_BITS`), and above them its frequency band in each language's word
   * lists, `BAND_BITS` per language (0: in none of that language's lists).
   */
  wordTypes(word: string): number {
    const lower = word.toLowerCase();
    return this.typesOf(lower) | (this.frequencyBands.of(lower) << TYPE_BITS);
  }

  /**
   * What the lists know of a word's parts (`PART_FIELDS`), for compounds and inflected names
   * (German): the types of the word without an inflection ending (`Deutschlands`,
   * `Frankfurter`) when the word itself is on no list, the types of the first and the last
   * part of a hyphenated word (`SPD-Fraktion`), and where the compound's head starts (the
   * last part after a hyphen, or the longest ending of a closed compound that a word list
   * knows: `Landesregierung` → `regierung`) with the head's most frequent band.
   */
  partTypes(word: string): number {
    const lower = word.toLowerCase();
    let parts = 0;
    if (!this.typesOf(lower)) parts |= stemLookup(lower, (stem) => this.typesOf(stem)) << PART_FIELDS.stem;
    const hyphen = lower.lastIndexOf("-");
    let head = 0;
    if (hyphen > 0 && hyphen + 1 < lower.length) {
      parts |= this.typesOf(lower.slice(0, lower.indexOf("-"))) << PART_FIELDS.first;
      parts |= this.typesOf(lower.slice(hyphen + 1)) << PART_FIELDS.last;
      head = hyphen + 1;
    } else {
      for (let start = MIN_STEM; start + MIN_HEAD <= lower.length && start <= HEAD_MASK; start++) {
        if (this.frequencyBands.of(lower.slice(start))) {
          head = start;
          break;
        }
      }
    }
    if (head && head <= HEAD_MASK) parts |= (head << PART_FIELDS.head) | (mostFrequentBand(this.frequencyBands.of(lower.slice(head))) << PART_FIELDS.headBand);
    return parts;
  }

  /** The bit set of the types whose lists hold a lower-case word as a whole name. */
  private typesOf(lower: string): number {
    return this.phrases.hexValueOf(lower);
  }

  /** The phrases that start with a word, given in lower case. */
  phrasesStartingWith(lower: string): PhrasesStartingWith {
    const key = SortedLines.keyOf(lower);
    if (!key) return undefined;
    const found: Phrase[] = [];
    const { phrases } = this;
    for (let start = phrases.firstOfPhrase(key); phrases.isPhraseAt(key, start); ) {
      const end = phrases.lineEnd(start);
      const words = phrases.keyAt(start, end).split(" ").filter(Boolean);
      const types = this.phrases.hexValueAt(start);
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

/** The most frequent of a word's bands over all languages (0: in no list). */
export function mostFrequentBand(bands: number): number {
  let best = 0;
  for (let language = 0; language < FREQUENCY_LANGUAGES; language++) {
    const own = (bands >>> (BAND_BITS * language)) & BAND_MASK;
    if (own && (!best || own < best)) best = own;
  }
  return best;
}

/**
 * What `lookUp` knows of a lower-case word without its inflection ending (`Deutschlands`,
 * `Langener`): the first non-zero answer over the endings that leave a stem long enough, else 0.
 */
function stemLookup(lower: string, lookUp: (stem: string) => number): number {
  if (lower.length < MIN_STEM + 1) return 0;
  for (const ending of INFLECTIONS) {
    if (lower.length - ending.length < MIN_STEM || !lower.endsWith(ending)) continue;
    const found = lookUp(lower.slice(0, -ending.length));
    if (found) return found;
  }
  return 0;
}
