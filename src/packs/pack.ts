/**
 * Everything language-specific lives in a pack behind this one interface, as data plus small
 * functions. Stages never test for a language code; they ask the pack.
 */
import type { LanguageCode } from "../schema/record.js";

export interface LanguagePack {
  code: LanguageCode;
  /** ISO 639-3 code as franc names the language. */
  francCode: string;
  /** BCP 47 locale for Intl.Segmenter. */
  locale: string;
  /** Frequent closed-class words; strong evidence for the language on short stretches. */
  functionWords: ReadonlySet<string>;
  /** Abbreviations that end in a period without ending the sentence, lower case, without the final period. */
  abbreviations: ReadonlySet<string>;
  /** Lines matching any of these are boilerplate: forms, navigation, notices, ads. */
  boilerplate: readonly RegExp[];
  /** Month names and their abbreviations, lower case, to month number 1–12. */
  months: ReadonlyMap<string, number>;
  /** Metadata keys that introduce the publication date (`Datum`, `Tanggal`), lower case. */
  dateKeys: readonly string[];
}
