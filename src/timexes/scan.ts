/**
 * The view of one stretch of text the grammar rules read: its tokens, the senses the pack's
 * lexicon gives each of them (looked up once), and small questions rules keep asking.
 */
import type { TimexVocabulary } from "../packs/pack.js";
import { entriesAt, type Entry, type Lexicon, type Sense, type SenseKind } from "./lexicon.js";
import type { Token } from "./tokens.js";

export class Scan {
  /** What the lexicon says about the phrases starting at each token. */
  readonly senses: Entry[][];
  readonly vocabulary: TimexVocabulary;

  constructor(
    readonly text: string,
    readonly tokens: readonly Token[],
    readonly lexicon: Lexicon,
  ) {
    this.vocabulary = lexicon.vocabulary;
    // Filled by `push` rather than made by `map`, which made arrays of one elements kind before
    // it was optimized and of another after: each kind the rules met threw their code away.
    const senses: Entry[][] = [];
    for (let i = 0; i < tokens.length; i++) senses.push(entriesAt(lexicon, tokens, i));
    this.senses = senses;
  }

  token(i: number): Token | undefined {
    return this.tokens[i];
  }

  /** Senses with their end index, built once per token on first use: rules ask many times. */
  private readonly resolved: (Sense[] | undefined)[] = [];

  /**
   * The longest phrase of this kind starting at token i. Rules ask about nearly every token and
   * most have no sense at all: that answer is kept small enough to be inlined into the rules
   * (see `bin/claimx.js`), the rest is `resolvedSense`.
   */
  sense(i: number, kind: SenseKind): Sense | undefined {
    // Rules ask past the last token; checked first, not read out of bounds.
    return i >= 0 && i < this.senses.length && this.senses[i]!.length > 0 ? this.resolvedSense(i, kind) : undefined;
  }

  private resolvedSense(i: number, kind: SenseKind): Sense | undefined {
    let senses = this.resolved[i];
    if (!senses) {
      senses = this.senses[i]!.map((entry) => ({ kind: entry.kind, value: entry.value, end: i + entry.length }));
      this.resolved[i] = senses;
    }
    for (let k = senses.length - 1; k >= 0; k--) if (senses[k]!.kind === kind) return senses[k];
    return undefined;
  }

  number(i: number): Token | undefined {
    const token = this.tokens[i];
    return token?.kind === "number" ? token : undefined;
  }

  /** Token i is this punctuation mark, glued to the previous token when `glued`. */
  punct(i: number, marks: string, glued = false): boolean {
    const token = this.tokens[i];
    return !!token && token.kind === "punct" && marks.includes(token.lower) && (!glued || !token.spaced);
  }

  /** A digit count or a number word at token i: its value and the index after it. */
  count(i: number): { n: number; end: number } | undefined {
    const token = this.number(i);
    if (token && !token.suffix && !this.gluedToNumber(i)) return { n: token.value, end: i + 1 };
    const word = this.sense(i, "number");
    if (!word) return undefined;
    const n = Number(word.value);
    // `twenty four`, `twenty-four`, `dua puluh empat`: tens and ones written apart.
    if (n >= 20 && n < 100 && n % 10 === 0) {
      const next = this.punct(word.end, "-", true) ? word.end + 1 : word.end;
      const ones = this.sense(next, "number");
      const one = ones ? Number(ones.value) : 0;
      if (one >= 1 && one <= 9 && Number.isInteger(one)) return { n: n + one, end: ones!.end };
    }
    return { n, end: word.end };
  }

  /**
   * The number at token i is part of a longer figure or code (`2,000`, `1.5`, `1810.HK`). Read
   * from the text itself, since a sentence splitter may have cut right after the period.
   */
  gluedToNumber(i: number): boolean {
    const token = this.tokens[i];
    if (!token) return false;
    const text = this.text;
    const before = text[token.start - 1];
    const after = text[token.end];
    if (before !== undefined && ".,".includes(before) && /[0-9]/.test(text[token.start - 2] ?? "")) return true;
    return after !== undefined && ".,".includes(after) && /[\p{L}0-9]/u.test(text[token.end + 1] ?? "");
  }

  /** Index after an optional article (`the`) at i. */
  skipArticle(i: number): number {
    return this.sense(i, "article")?.end ?? i;
  }
}

/** What a rule found: tokens [first, end) and their meaning. */
export interface Parse {
  first: number;
  end: number;
  meaning: import("./meaning.js").Meaning;
  type?: "DATE" | "TIME" | "DURATION" | "SET";
}

export type Rule = (scan: Scan, i: number) => Parse | null;
