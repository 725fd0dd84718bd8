/**
 * A quick no for stretches that cannot hold a timex: no digit and none of the words every
 * timex needs (a month, a weekday, a unit, a named day, `now`…, in any pack). It reads
 * character codes only and builds no tokens, so most sentences of an article cost one pass.
 */
import { timexKeyWords } from "./key-words.js";
import { latinLetterTable } from "./letter-table.js";

interface KeyWords {
  words: Set<string>;
  /** A bit per hash of a key word (see `wordHash`): most words are turned away without building a string. */
  hashes: Uint8Array;
}

let keyWords: KeyWords | undefined;

const HASH_BITS = 16;
const HASH_MASK = (1 << HASH_BITS) - 1;

/**
 * Lower-cased character code: ASCII by arithmetic, the rest (rare in these words) by the string
 * method. Both this and `isLetterCode` stay within the 60 bytes of bytecode that the CLI lets
 * the optimizing compiler inline (`bin/claimx.js`): they run for every letter of every sentence.
 */
function lowerCode(code: number): number {
  if (code < 128) return code >= 65 && code <= 90 ? code + 32 : code;
  return lowerNonAscii(code);
}

function lowerNonAscii(code: number): number {
  return String.fromCharCode(code).toLowerCase().charCodeAt(0);
}

function addToHash(hash: number, code: number): number {
  return (Math.imul(hash, 31) + code) | 0;
}

function wordHash(word: string): number {
  let hash = 0;
  for (let i = 0; i < word.length; i++) hash = addToHash(hash, lowerCode(word.charCodeAt(i)));
  return hash & HASH_MASK;
}

function indexKeyWords(list: readonly string[]): KeyWords {
  const words = new Set(list);
  const hashes = new Uint8Array(1 << HASH_BITS);
  for (const word of words) hashes[wordHash(word)] = 1;
  return { words, hashes };
}

function isLetterCode(code: number): boolean {
  return code < 0x2000 && LETTER_CODES[code] === 1;
}

/** ASCII letters and everything from U+00C0 to U+1FFF but × and ÷. */
const LETTER_CODES = latinLetterTable(0x2000);

/** Letters, and an apostrophe inside a word (`o'clock`, not the possessive of `year's`), as the tokenizer reads them. */
function isWordChar(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code !== 39) return isLetterCode(code);
  if (!isLetterCode(text.charCodeAt(i + 1))) return false;
  const possessive = (text[i + 1] === "s" || text[i + 1] === "S") && !isLetterCode(text.charCodeAt(i + 2));
  return !possessive;
}

export function mayHoldTimex(text: string, start: number, end: number): boolean {
  keyWords ??= indexKeyWords(timexKeyWords());
  const { words, hashes } = keyWords;
  let i = start;
  while (i < end) {
    let code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) return true;
    if (!isLetterCode(code)) {
      i++;
      continue;
    }
    const wordStart = i;
    let hash = 0;
    // One character code per step; an apostrophe needs the characters after it.
    while (i < end && (isLetterCode(code) || (code === 39 && isWordChar(text, i)))) {
      hash = addToHash(hash, lowerCode(code));
      code = text.charCodeAt(++i);
    }
    // A digit glued to letters (`Q4`, `8am`) is still a digit.
    if (i < end && code >= 48 && code <= 57) return true;
    if (hashes[hash & HASH_MASK] && words.has(text.slice(wordStart, i).toLowerCase())) return true;
  }
  return false;
}
