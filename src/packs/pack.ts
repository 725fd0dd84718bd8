/**
 * Everything language-specific lives in a pack behind this one interface, as data plus small
 * functions. Stages never test for a language code; they ask the pack.
 */
import type { EventKind, LanguageCode } from "../schema/record.js";

export interface LanguagePack {
  code: LanguageCode;
  /** ISO 639-3 code as franc names the language. */
  francCode: string;
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
  /** The words that tell what a sentence claims, who says it and how sure it is. */
  claims: ClaimCues;
  /** The vocabulary the temporal expression stage reads. */
  timex: TimexVocabulary;
}

/** Calendar units a timex can count or shift by. */
export type TimeUnit = "Y" | "Q" | "HALF" | "M" | "W" | "WE" | "D" | "H" | "MIN" | "DECADE" | "CENTURY";
export type Season = "SP" | "SU" | "FA" | "WI";
export type PartOfDay = "MO" | "MI" | "AF" | "EV" | "NI";
/** Where inside a period a modifier points (`Ende März`, `begin volgend jaar`); kept out of the value. */
export type PeriodPart = "START" | "MID" | "END";

/**
 * The words of dates in one language. Keys are lower-case phrases, tokens separated by single
 * spaces (`vor kurzem`, `the near future`, `yang lalu`); the shared engine looks them up in one
 * trie per pack, so a phrase costs nothing until its first word is seen.
 */
export interface TimexVocabulary {
  weekdays: Readonly<Record<string, number>>;
  /** Singular and plural forms of units, to the unit. */
  units: Readonly<Record<string, TimeUnit>>;
  /** Cardinal number words (`a`/`an`/`se-` count as one where the language says so). */
  numbers: Readonly<Record<string, number>>;
  ordinals: Readonly<Record<string, number>>;
  /** Words before a unit, month, season or weekday that shift it: last −1, this 0, next +1. */
  shiftsBefore: Readonly<Record<string, number>>;
  /** The same after the unit, as Indonesian orders them (`tahun lalu`, `minggu depan`). */
  shiftsAfter: Readonly<Record<string, number>>;
  /** `N units ago` (after) and `vor N Jahren` (before). */
  agoAfter: readonly string[];
  agoBefore: readonly string[];
  /** `N units later`, `dua tahun lagi` (after) and `in zwei Jahren`, `over twee jaar` (before). */
  laterAfter: readonly string[];
  laterBefore: readonly string[];
  /**
   * Phrases that name the quarter a report is about (`the quarter` 0, `the year-ago quarter` −1):
   * the value is the quarter last named, that many years on.
   */
  quarterAnaphors: Readonly<Record<string, number>>;
  /**
   * Named days to their date rule: `12-25` fixed, `easter+1` days from Easter Sunday,
   * `islamic:10-01` an Islamic month and day, `3:2:09` the third Tuesday of September.
   */
  holidays: Readonly<Record<string, string>>;
  /** Single words that are one unit (`setahun`, `sebulan`): a count of one built in. */
  singleUnits: Readonly<Record<string, TimeUnit>>;
  /** Days named relative to today: today 0, yesterday −1, overmorgen +2. */
  days: Readonly<Record<string, number>>;
  /**
   * Fixed phrases with a fixed value: `now` → PRESENT_REF, `the near future` → FUTURE_REF,
   * `jarenlang` → PXY (a value like P…Y is a duration).
   */
  references: Readonly<Record<string, string>>;
  seasons: Readonly<Record<string, Season>>;
  /** Begin, middle and end of a period: `Ende`, `begin`, `awal`, `early`, `mid`. */
  periodParts: Readonly<Record<string, PeriodPart>>;
  /** Quantifiers that stay in a duration's span: `more than`, `über`, `lebih dari`, `about`. */
  quantifiers: readonly string[];
  /** `several`, `a few`, `beberapa`: a count left unspecified (PXY). */
  vagueCounts: readonly string[];
  partsOfDay: Readonly<Record<string, PartOfDay>>;
  /** Words after a clock time (`uur`, `Uhr`, `WIB`, `p.m.` is built in) and before it (`pukul`). */
  clockAfter: readonly string[];
  clockBefore: readonly string[];
  /** Words that make a following unit recurrent: `every`, `elke`, `jeden`, `setiap`. */
  every: readonly string[];
  /** Single words that are sets: `daily` → P1D. */
  sets: Readonly<Record<string, string>>;
  /** Words joining a range of days: `tot`, `bis`, `to`, `sampai`. */
  rangeJoiners: readonly string[];
  /** Words after a period that give the day it closes (`the year ended March 31`): the period is then a stretch (P1Y). */
  periodEnds: readonly string[];
  /** Words after `earlier`/`later` that make a count a difference (`a month earlier than usual`): a duration, not a date. */
  comparisons: readonly string[];
  /** Articles kept in front of a timex (`the` in `the fourth quarter`). */
  articles: readonly string[];
  /** `of`, `van`: `December of last year`, `the fourth quarter of 2021`. */
  of: readonly string[];
  /** Words that may stand between a month and its year or before a year: `tahun`. */
  yearWords: readonly string[];
  /** Words that mark a sentence as about the future, for `on Monday` and bare months. */
  futureCues: readonly string[];
  /** Words that mark a sentence as about the past (`was`, `war`, `werd`, `telah`), for bare months. */
  pastCues: readonly string[];
  /** Word endings that mark a verb as past (`-ed`), where the language has them, for words the list misses. */
  pastEndings: readonly string[];
  /** Islamic month names (`syawal`), 1–12, for `1 Syawal 1443 H`. */
  islamicMonths: Readonly<Record<string, number>>;
  /** Day-month order of numeric dates; all four languages write day first. */
  monthFirst: boolean;
  /** Date words that are also common words (`may`, `march`, `fall`): dates only with a number, a modifier or a capital. */
  ambiguousWords: readonly string[];
}

/** One entry of a pack's example corpus: in this text, read on this date, this span has this value. */
export interface TimexExample {
  text: string;
  referenceDate: string | null;
  /** The timex as it appears in the text. */
  span: string;
  value: string;
}

/** Compact corpus rows: `[text, reference date, span, value]`. */
export type TimexExampleRow = readonly [string, string | null, string, string];

export function examples(rows: readonly TimexExampleRow[]): TimexExample[] {
  return rows.map(([text, referenceDate, span, value]) => ({ text, referenceDate, span, value }));
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
  /**
   * Words among those that name an event without stating that it happens (`partnership`,
   * `samenwerking`, `seit`, `sejak`): enough to tell which event a dated claim is about, not
   * enough to make an undated sentence a report of one. Global, for replacing every match.
   */
  eventTopics: RegExp;
}

