/**
 * Letter tests by table for the timex stage's per-character loops: a look-up keeps each test
 * small enough for V8 to inline into the loop (`bin/claimx.js`), where the chain of range
 * comparisons it replaces was not.
 */

/** 1 for ASCII letters and every code unit from U+00C0 below `size` but × and ÷, else 0. */
export function latinLetterTable(size: number): Uint8Array {
  const table = new Uint8Array(size).fill(1, 65, 91).fill(1, 97, 123).fill(1, 0xc0);
  table[0xd7] = 0;
  table[0xf7] = 0;
  return table;
}
