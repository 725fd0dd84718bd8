/**
 * The packs' function words in an open-addressing table keyed by the characters themselves,
 * so that a word is looked up where it stands in the text, without cutting it out as a string
 * first: the scan passes every word of every document through here.
 */
import { PACKS } from "../packs/registry.js";

const APOSTROPHE = 0x27;
const TYPOGRAPHIC_APOSTROPHE = 0x2019;

const entries = [...new Set(PACKS.flatMap((pack) => [...pack.functionWords]))];
const SIZE = 1 << Math.ceil(Math.log2(entries.length * 4));
/** Slot → index in `entries` plus one; 0 is empty. */
const table = new Int32Array(SIZE);
/** Index in `entries` → bit mask of the packs (by index in `PACKS`) that list the word. */
const packMasks = entries.map((word) => PACKS.reduce((mask, pack, language) => (pack.functionWords.has(word) ? mask | (1 << language) : mask), 0));

function codeAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  return code === TYPOGRAPHIC_APOSTROPHE ? APOSTROPHE : code;
}

function hashOf(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ codeAt(text, i), 0x01000193);
  return hash >>> 0;
}

entries.forEach((word, index) => {
  let slot = hashOf(word, 0, word.length) & (SIZE - 1);
  while (table[slot] !== 0) slot = (slot + 1) & (SIZE - 1);
  table[slot] = index + 1;
});

function sameWord(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== codeAt(text, start + i)) return false;
  return true;
}

/** Bit mask of the packs that list `text[start, end)` (lower case) as a function word; 0 if none. */
export function functionWordPacks(text: string, start: number, end: number): number {
  let slot = hashOf(text, start, end) & (SIZE - 1);
  for (let entry = table[slot]!; entry !== 0; entry = table[slot]!) {
    if (sameWord(entries[entry - 1]!, text, start, end)) return packMasks[entry - 1]!;
    slot = (slot + 1) & (SIZE - 1);
  }
  return 0;
}
