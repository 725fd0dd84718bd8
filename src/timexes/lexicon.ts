/**
 * A pack's date vocabulary as one trie over tokens, so every phrase (`vor kurzem`,
 * `the near future`, `yang lalu`) is found by walking from a token, never by rescanning text.
 * A phrase may carry several senses: Indonesian `minggu` is both Sunday and week.
 */
import type { LanguagePack, TimexVocabulary } from "../packs/pack.js";
import { tokenize, type Token } from "./tokens.js";
import { english } from "../packs/en/index.js";

export type SenseKind =
  | "month"
  | "weekday"
  | "unit"
  | "singleUnit"
  | "quarterAnaphor"
  | "holiday"
  | "number"
  | "ordinal"
  | "shiftBefore"
  | "shiftAfter"
  | "agoAfter"
  | "agoBefore"
  | "laterAfter"
  | "laterBefore"
  | "day"
  | "reference"
  | "season"
  | "periodPart"
  | "quantifier"
  | "vague"
  | "partOfDay"
  | "clockAfter"
  | "clockBefore"
  | "every"
  | "set"
  | "range"
  | "periodEnd"
  | "comparison"
  | "article"
  | "of"
  | "yearWord"
  | "islamicMonth"
  | "future"
  | "past";

export interface Sense {
  kind: SenseKind;
  /** Month or weekday number, shift, unit, reference value… as the kind needs. */
  value: string | number;
  /** Token index just after the phrase. */
  end: number;
}

/** A sense as the trie stores it: its phrase length in tokens instead of an end index. */
export interface Entry {
  kind: SenseKind;
  value: string | number;
  length: number;
}

interface Node {
  next: Map<string, Node>;
  entries: Entry[];
}

export interface Lexicon {
  root: Node;
  /** Every phrase with its kind, as the pack lists it. */
  phrases: [string, SenseKind][];
  /** Per first character (code mod 256), a bit per length of the phrases' first words: a quick no. */
  firstWords: Uint32Array;
  vocabulary: TimexVocabulary;
  months: ReadonlyMap<string, number>;
}

const ENGLISH_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

const lexicons = new WeakMap<LanguagePack, Lexicon>();

export function lexiconFor(pack: LanguagePack): Lexicon {
  let lexicon = lexicons.get(pack);
  if (!lexicon) {
    lexicon = buildLexicon(pack);
    lexicons.set(pack, lexicon);
  }
  return lexicon;
}

function buildLexicon(pack: LanguagePack): Lexicon {
  const root: Node = { next: new Map(), entries: [] };
  const phrases: [string, SenseKind][] = [];
  const add = (phrase: string, kind: SenseKind, value: string | number) => {
    phrases.push([phrase, kind]);
    let node = root;
    const tokens = tokenize(phrase);
    for (const token of tokens) {
      let child = node.next.get(token.lower);
      if (!child) {
        child = { next: new Map(), entries: [] };
        node.next.set(token.lower, child);
      }
      node = child;
    }
    node.entries.push({ kind, value, length: tokens.length });
  };
  const v = pack.timex;
  const table = (record: Readonly<Record<string, string | number>>, kind: SenseKind) => {
    for (const [phrase, value] of Object.entries(record)) add(phrase, kind, value);
  };
  const list = (words: readonly string[], kind: SenseKind) => {
    for (const word of words) add(word, kind, word);
  };
  for (const [name, month] of pack.months) add(name, "month", month);
  // English dates turn up in articles of every language (tweets, press releases, datelines).
  if (pack !== english) ENGLISH_MONTHS.forEach((name, index) => add(name, "month", index + 1));
  table(v.weekdays, "weekday");
  table(v.units, "unit");
  table(v.singleUnits, "singleUnit");
  table(v.quarterAnaphors, "quarterAnaphor");
  table(v.holidays, "holiday");
  table(v.numbers, "number");
  table(v.ordinals, "ordinal");
  table(v.shiftsBefore, "shiftBefore");
  table(v.shiftsAfter, "shiftAfter");
  list(v.agoAfter, "agoAfter");
  list(v.agoBefore, "agoBefore");
  list(v.laterAfter, "laterAfter");
  list(v.laterBefore, "laterBefore");
  table(v.days, "day");
  table(v.references, "reference");
  table(v.seasons, "season");
  table(v.periodParts, "periodPart");
  list(v.quantifiers, "quantifier");
  list(v.vagueCounts, "vague");
  table(v.partsOfDay, "partOfDay");
  list(v.clockAfter, "clockAfter");
  list(v.clockBefore, "clockBefore");
  list(v.every, "every");
  table(v.sets, "set");
  list(v.rangeJoiners, "range");
  list(v.periodEnds, "periodEnd");
  list(v.comparisons, "comparison");
  list(v.articles, "article");
  list(v.of, "of");
  list(v.yearWords, "yearWord");
  table(v.islamicMonths, "islamicMonth");
  list(v.futureCues, "future");
  list(v.pastCues, "past");
  const firstWords = new Uint32Array(256);
  for (const word of root.next.keys()) firstWords[word.charCodeAt(0) & 255]! |= lengthBit(word.length);
  return { root, phrases, firstWords, vocabulary: v, months: pack.months };
}

const NO_ENTRIES: Entry[] = [];

function lengthBit(length: number): number {
  return 1 << Math.min(length, 31);
}

/**
 * Every phrase of the lexicon that starts at token `i`, shortest first. The common case, one
 * phrase length or none, returns an array stored in the trie: no allocation per token.
 */
export function entriesAt(lexicon: Lexicon, tokens: readonly Token[], i: number): Entry[] {
  const word = tokens[i]!.lower;
  // Most words share no first letter and length with any phrase: no hashing for them.
  if (!(lexicon.firstWords[word.charCodeAt(0) & 255]! & lengthBit(word.length))) return NO_ENTRIES;
  let node = lexicon.root.next.get(word);
  if (!node) return NO_ENTRIES;
  let found = node.entries;
  let copied = false;
  for (let j = i + 1; j < tokens.length && node.next.size > 0; j++) {
    // A phrase never runs across a gap the text did not have.
    if (tokens[j]!.spaced && tokens[j]!.kind === "punct" && tokens[j]!.lower !== "-") break;
    node = node.next.get(tokens[j]!.lower);
    if (!node) break;
    if (node.entries.length) {
      if (!copied) found = [...found];
      copied = true;
      found.push(...node.entries);
    }
  }
  return found;
}
