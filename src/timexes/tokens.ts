/**
 * One linear pass that cuts a stretch of text into the tokens the date grammar reads: letter
 * runs, digit runs and single punctuation marks. Letters glued to digits (`Reno8`, `QZ8501`,
 * `4nm`) form one word token so model names never look like numbers; digits with an ordinal
 * or plural tail (`12th`, `1990s`, `20e`) keep the tail as `suffix`.
 */
import { latinLetterTable } from "./letter-table.js";

export type TokenKind = "word" | "number" | "punct";

export interface Token {
  kind: TokenKind;
  start: number;
  end: number;
  /** Lower-cased text. */
  lower: string;
  /** Digit tokens: their value. */
  value: number;
  /** Digit tokens: how many digits (`05` has 2). */
  digits: number;
  /** Digit tokens: a letter tail such as `th`, `s`, `e`. */
  suffix: string;
  /** Whitespace stands between this token and the previous one. */
  spaced: boolean;
  /** The first letter is upper case. */
  capitalized: boolean;
}

const NUMBER_TAILS = new Set(["st", "nd", "rd", "th", "s", "e", "de", "ste", "er", "an", "h", "am", "pm"]);

const LETTER = /\p{L}/u;

/** ASCII, Latin-1 and Latin Extended letters: most text answers from this table. */
const LATIN_LETTERS = latinLetterTable(0x250);

function isLetter(code: number): boolean {
  return code < 0x250 ? LATIN_LETTERS[code] === 1 : LETTER.test(String.fromCharCode(code));
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9 || code === 160 || code === 0x202f || code === 0x2009;
}

/** An apostrophe inside a word (`o'clock`, `jum'at`), not a possessive `'s` (`Friday's`). */
function continuesWord(text: string, i: number, to: number): boolean {
  if (i + 1 >= to || !isLetter(text.charCodeAt(i + 1))) return false;
  const possessive = (text[i + 1] === "s" || text[i + 1] === "S") && (i + 2 >= to || !isLetter(text.charCodeAt(i + 2)));
  return !possessive;
}

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  // Lower-case the stretch once; where that changes its length (a dotted İ), fall back per token.
  const stretch = text.slice(from, to);
  const lowered = stretch.toLowerCase();
  const sameLength = lowered.length === stretch.length;
  let i = from;
  let spaced = true;
  while (i < to) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) {
      spaced = true;
      i++;
      continue;
    }
    const start = i;
    if (isDigit(code) || isLetter(code)) {
      let letters = 0;
      let digits = 0;
      let firstLetter = -1;
      // The value of the leading digits, read as they pass.
      let value = 0;
      while (i < to) {
        const c = text.charCodeAt(i);
        if (isDigit(c)) {
          if (letters > 0) digits = -1;
          else {
            digits++;
            value = value * 10 + c - 48;
          }
        } else if (isLetter(c) || (c === 39 && letters > 0 && continuesWord(text, i, to))) {
          if (firstLetter < 0) firstLetter = i;
          letters++;
        } else break;
        i++;
      }
      const lower = sameLength ? lowered.slice(start - from, i - from) : text.slice(start, i).toLowerCase();
      if (digits > 0) {
        const tail = firstLetter < 0 ? "" : lower.slice(firstLetter - start);
        if (letters === 0 || (firstLetter > start && NUMBER_TAILS.has(tail))) {
          const digitEnd = firstLetter < 0 ? i : firstLetter;
          tokens.push({ kind: "number", start, end: i, lower, value, digits: digitEnd - start, suffix: tail, spaced, capitalized: false });
          spaced = false;
          continue;
        }
      }
      tokens.push({ kind: "word", start, end: i, lower, value: NaN, digits: 0, suffix: "", spaced, capitalized: lower.charCodeAt(0) !== code });
    } else {
      i++;
      tokens.push({ kind: "punct", start, end: i, lower: text[start]!, value: NaN, digits: 0, suffix: "", spaced, capitalized: false });
    }
    spaced = false;
  }
  return tokens;
}
