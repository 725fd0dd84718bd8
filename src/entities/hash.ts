/**
 * Features are 32-bit integer hashes rather than strings, so the tagger never builds a string
 * per feature: a word's hashes are computed once per word type and context features are
 * combined from integers.
 */

/** FNV-1a over UTF-16 code units, started from a basis that depends on the template. */
export function hashString(text: string, template: number): number {
  let h = (0x811c9dc5 ^ Math.imul(template + 1, 0x9e3779b1)) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return finalize(h);
}

/** Joins a template and one or two values into one feature hash. */
export function combine(template: number, a: number, b = 0): number {
  let h = Math.imul(template + 0x632be5ab, 0x85ebca6b);
  h = Math.imul(h ^ a, 0xcc9e2d51);
  h = (h << 15) | (h >>> 17);
  h = Math.imul(h ^ b, 0x1b873593);
  return finalize(h);
}

function finalize(value: number): number {
  let h = value;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
