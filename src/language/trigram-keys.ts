/**
 * Trigrams as small integers rather than three-character strings: counting and looking them up
 * is then cheap. Each character gets a 10-bit index in order of first sight, the characters
 * of franc's models first, so a trigram fits in 30 bits. Past 1,023 distinct characters
 * (text in a script with thousands of letters), the later ones share the last index: their
 * trigrams are in no model either way, so only how many distinct unknown trigrams a text
 * has can come out lower than franc's count.
 */
const BITS = 10;
const LAST_INDEX = (1 << BITS) - 1;

const indexOfCode = new Uint16Array(0x10000);
let nextIndex = 1;

/** The table look-up alone, small enough to be inlined into the scan's loop (as `classOf`). */
export function characterIndex(code: number): number {
  return indexOfCode[code] || newCharacterIndex(code);
}

function newCharacterIndex(code: number): number {
  const index = nextIndex <= LAST_INDEX ? nextIndex++ : LAST_INDEX;
  indexOfCode[code] = index;
  return index;
}

/** The key of a trigram given as a string, as `addCharacter` builds it character by character. */
export function trigramKey(trigram: string): number {
  let key = 0;
  for (let i = 0; i < trigram.length; i++) key = addCharacter(key, characterIndex(trigram.charCodeAt(i)));
  return key;
}

/** Slides a trigram key on by one character index. */
export function addCharacter(key: number, index: number): number {
  return ((key << BITS) | index) & ((1 << (3 * BITS)) - 1);
}
