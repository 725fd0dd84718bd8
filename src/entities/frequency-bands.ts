/**
 * Each word's frequency band in the word lists of each language, shipped as one text file of
 * sorted words with one character of bands per word. Loading it is one read and one split: a
 * map of a quarter of a million words built at start-up cost more than the rest of the first
 * article (about 0.3 s), and a word type is looked up once before the tagger caches it.
 */

/**
 * Upper ranks of the frequency bands, most frequent first: a word's band is the first whose
 * bound its rank in a word-frequency list stays under (band 0: in no list).
 */
const FREQUENCY_BANDS = [300, 2_000, 10_000, 30_000, Infinity];

/** Bits of one language's frequency band, and how many languages fit. */
export const BAND_BITS = 3;
export const BAND_MASK = (1 << BAND_BITS) - 1;
export const FREQUENCY_LANGUAGES = 4;

/** Bands are stored as characters from here on: twelve bits stay clear of newlines and surrogates. */
const CHAR_BASE = 0x100;

export class FrequencyBands {
  private constructor(
    /** Lower-case words in code-unit order. */
    private readonly words: readonly string[],
    /** One character per word: its bands, `BAND_BITS` per language, plus `CHAR_BASE`. */
    private readonly bands: string,
  ) {}

  /**
   * @param frequentWords per language, word lists in lower case, each sorted from the most
   *   frequent word down; a word in several lists of a language takes its best band
   */
  static fromLists(frequentWords: readonly (readonly (readonly string[])[])[]): FrequencyBands {
    if (frequentWords.length > FREQUENCY_LANGUAGES) throw new Error(`at most ${FREQUENCY_LANGUAGES} languages of frequent words`);
    const bandsOf = new Map<string, number>();
    frequentWords.forEach((lists, language) => {
      const shift = BAND_BITS * language;
      for (const words of lists) {
        words.forEach((word, rank) => {
          const band = 1 + FREQUENCY_BANDS.findIndex((bound) => rank < bound);
          const bands = bandsOf.get(word) ?? 0;
          const known = (bands >>> shift) & BAND_MASK;
          if (known === 0 || band < known) bandsOf.set(word, (bands & ~(BAND_MASK << shift)) | (band << shift));
        });
      }
    });
    const words = [...bandsOf.keys()].filter((word) => !word.includes("\n")).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    return new FrequencyBands(words, words.map((word) => String.fromCharCode(CHAR_BASE + bandsOf.get(word)!)).join(""));
  }

  /** The file format: the band characters on the first line, then one word per line. */
  static parse(text: string): FrequencyBands {
    const newline = text.indexOf("\n");
    if (newline < 0) return new FrequencyBands([], "");
    const words = text.slice(newline + 1).split("\n");
    const bands = text.slice(0, newline);
    if (words.length !== bands.length) throw new Error("frequency bands file: word and band counts differ");
    return new FrequencyBands(words, bands);
  }

  serialize(): string {
    return `${this.bands}\n${this.words.join("\n")}`;
  }

  /** A lower-case word's bands, `BAND_BITS` per language (0: in none of that language's lists). */
  of(lower: string): number {
    let low = 0;
    let high = this.words.length - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const word = this.words[middle]!;
      if (word === lower) return this.bands.charCodeAt(middle) - CHAR_BASE;
      if (word < lower) low = middle + 1;
      else high = middle - 1;
    }
    return 0;
  }
}
