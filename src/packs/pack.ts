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
  claims: ClaimCues;
}

/** The words that tell what kind of statement a sentence makes and who makes it. */
export interface ClaimCues {
  /** A cue followed by the source: `according to`, `volgens`, `laut`, `menurut`, `says` (in `…”, says Lei Jun`). */
  sourceAfter: RegExp;
  /** The source followed by a cue: `Lei Jun said`, `Lei Jun zegt`, `kata` after a name. */
  sourceBefore: RegExp;
  /** Future and announced plans: `will`, `zal`, `soll`, `akan`, `is expected to`. */
  planned: RegExp;
  /** Rumour and speculation: `if the rumors are true`, `geruchten`, `Gerüchte`, `kabarnya`, `diduga`. */
  speculative: RegExp;
  /** A date that is only the baseline of a comparison: `compared to 2020`, `gegenüber 2020`. */
  comparison: RegExp;
  /** Words for the kinds of events news reports, to tell statements about different events apart. */
  events: Readonly<Record<EventKind, RegExp>>;
}

export type EventKind = "announce" | "launch" | "end" | "start" | "found" | "list";
