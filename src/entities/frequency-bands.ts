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
    /** Lower-case words in code-unit order, one per line, after the line of bands. */
    private readonly text: string,
    /** Where each word starts in `text`, and one more entry for the end of the last. */
    private readonly starts: Uint32Array,
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
    const words = [...bandsOf.keys()].filter((word) => word && !word.includes("\n")).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    return FrequencyBands.parse(`${words.map((word) => String.fromCharCode(CHAR_BASE + bandsOf.get(word)!)).join("")}\n${words.join("\n")}`);
  }

  /**
   * The file format: the band characters on the first line, then one word per line. Only the
   * line starts are indexed: no string per word is made.
   */
  static parse(text: string): FrequencyBands {
    const newline = text.indexOf("\n");
    const bands = newline < 0 ? "" : text.slice(0, newline);
    if (!bands) return new FrequencyBands(text, new Uint32Array(1), "");
    const starts = new Uint32Array(bands.length + 1);
    let count = 0;
    for (let at = newline; at >= 0 && count < bands.length; at = text.indexOf("\n", at + 1)) starts[count++] = at + 1;
    if (count !== bands.length || text.indexOf("\n", starts[count - 1]!) >= 0) throw new Error("frequency bands file: word and band counts differ");
    starts[count] = text.length + 1;
    return new FrequencyBands(text, starts, bands);
  }

  serialize(): string {
    return this.text;
  }

  /** A lower-case word's bands, `BAND_BITS` per language (0: in none of that language's lists). */
  of(lower: string): number {
    let low = 0;
    let high = this.bands.length - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const order = this.compareWith(lower, middle);
      if (order === 0) return this.bands.charCodeAt(middle) - CHAR_BASE;
      if (order > 0) low = middle + 1;
      else high = middle - 1;
    }
    return 0;
  }

  /** How `key` orders against word `index`, in code units, as `<` on strings does. */
  private compareWith(key: string, index: number): number {
    const start = this.starts[index]!;
    const length = this.starts[index + 1]! - 1 - start;
    const shared = Math.min(key.length, length);
    for (let i = 0; i < shared; i++) {
      const difference = key.charCodeAt(i) - this.text.charCodeAt(start + i);
      if (difference !== 0) return difference;
    }
    return key.length - length;
  }
}
