/**
 * Each word's frequency band in the word lists of each language, shipped as one text file of
 * sorted lines, each the word's bands and the word (`SortedLines`). A map of a quarter of a
 * million words built at start-up cost more than the rest of the first article (about 0.3 s).
 */
import { SortedLines } from "./sorted-lines.js";

/**
 * Upper ranks of the frequency bands, most frequent first: a word's band is the first whose
 * bound its rank in a word-frequency list stays under (band 0: in no list).
 */
const FREQUENCY_BANDS = [300, 2_000, 10_000, 30_000, Infinity];

/** Bits of one language's frequency band, and how many languages fit. */
export const BAND_BITS = 3;
export const BAND_MASK = (1 << BAND_BITS) - 1;
export const FREQUENCY_LANGUAGES = 4;

/** First line of the file. */
const HEADER = "claimx frequency bands 2";
/** A line's value: the bands as one octal digit per language (`BAND_BITS` = 3). */
const DIGIT_ZERO = 0x30;

export class FrequencyBands {
  private constructor(private readonly lines: SortedLines) {}

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
    return FrequencyBands.fromBands(bandsOf);
  }

  /** From each word's bands, `BAND_BITS` per language. */
  static fromBands(bandsOf: ReadonlyMap<string, number>): FrequencyBands {
    const entries = [...bandsOf].map(([key, bands]) => ({ key, value: octalDigits(bands) }));
    return FrequencyBands.parse(SortedLines.write(HEADER, FREQUENCY_LANGUAGES, entries));
  }

  /** The file's bytes, as `serialize` wrote them. */
  static parse(bytes: Uint8Array): FrequencyBands {
    return new FrequencyBands(SortedLines.read(bytes, HEADER, FREQUENCY_LANGUAGES, "frequency bands"));
  }

  serialize(): Uint8Array {
    return this.lines.bytes;
  }

  /** A lower-case word's bands, `BAND_BITS` per language (0: in none of that language's lists). */
  of(lower: string): number {
    const key = SortedLines.keyOf(lower);
    const line = key ? this.lines.find(key) : -1;
    if (line < 0) return 0;
    let bands = 0;
    for (let language = 0; language < FREQUENCY_LANGUAGES; language++) bands |= (this.lines.valueByte(line, language) - DIGIT_ZERO) << (BAND_BITS * language);
    return bands;
  }
}

function octalDigits(bands: number): string {
  let digits = "";
  for (let language = 0; language < FREQUENCY_LANGUAGES; language++) digits += (bands >>> (BAND_BITS * language)) & BAND_MASK;
  return digits;
}
