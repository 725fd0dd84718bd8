/**
 * What a matched expression means, before it is anchored: the grammar produces these, the
 * normalizer turns them into TIMEX3 values against the reference date and the narrative.
 */
import type { PartOfDay, Season, TimeUnit } from "../packs/pack.js";

/** A calendar date, as much of it as the text gives. Missing year: the context decides. */
export interface DateMeaning {
  kind: "date";
  year?: number;
  /** Year relative to the anchor (`July this year` 0, `December of last year` −1). */
  yearShift?: number;
  month?: number;
  day?: number;
  quarter?: number;
  half?: number;
  season?: Season;
  /** No year given, but which one: the nearest before the anchor (−1), after it (+1), this year's (0). */
  nearest?: number;
  /** `2 June 1401` beside a Gregorian date: a Solar Hijri date with the month names shifted. */
  calendar?: "persian" | "islamic";
}

export interface ClockMeaning {
  kind: "clock";
  hour: number;
  minute: number;
  /** Given in Coordinated Universal Time (`18:00 UTC`, `1200 GMT`): the value ends in `Z`. */
  utc?: boolean;
  /** The day it falls on, when the text gives one (`Minggu (28/12/2014) pukul 06.18`). */
  day?: Meaning;
}

export type Meaning =
  | DateMeaning
  | ClockMeaning
  /** A period counted from the anchor: `last year` (Y −1), `tomorrow` (D +1), `12 years ago` (Y −12). */
  /** `counted` for `a year ago`, `vor drei Jahren`: a count back from the anchor, not a named period. */
  | { kind: "shift"; unit: TimeUnit; n: number; fromNarrative?: boolean; counted?: boolean }
  /** `Monday`, `last Friday`; `shift` only when the text says which one. */
  /**
   * `Monday`, `last Friday`; `shift` only when the text says which one. `week` for a weekday of
   * a named week (`volgende week donderdag` +1), `day` for its day of the month (`Monday 24th`).
   */
  | { kind: "weekday"; weekday: number; shift?: number; week?: number; day?: number }
  | { kind: "partOfDay"; partOfDay: PartOfDay; day: Meaning }
  | { kind: "decade"; decade: number }
  | { kind: "century"; century: number }
  | { kind: "reference"; value: string }
  /** `Prinsjesdag`, `Karfreitag 2023`, `Idul Fitri 2024`: a named day, by its date rule. */
  | { kind: "holiday"; rule: string; year?: number }
  /** `the quarter`, `the year-earlier quarter`: the quarter under discussion, `yearsBack` years on. */
  | { kind: "quarterAnaphor"; years: number }
  /** `12 years` P12Y; `n` null for `years`, `beberapa tahun` (PXY). */
  | { kind: "duration"; unit: TimeUnit; n: number | null }
  | { kind: "set"; value: string };
