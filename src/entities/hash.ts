/**
 * Features are 32-bit integer hashes rather than strings, so the tagger never builds a string
 * per feature: a word's hashes are computed once per word type and context features are
 * combined from integers.
 *
 * The functions are written small on purpose. A hash is an unsigned 32-bit number, which V8
 * can only hand back from a call it did not inline as a heap object (a "heap number"), and the
 * tagger combines several per token. The CLI lets V8 inline only functions of at most 60 bytes
 * of bytecode (bin/claimx.js); `combine` (50 bytes), `templateWith` (60) and `finalize` (58)
 * stay within it, so in the tagger's compiled code the hashing is plain arithmetic. As one
 * function of 124 bytes, `combine` was called, not inlined, and its results and arguments
 * took 20 MB of heap numbers per 1.6 MB of news (306 → 286 MB allocated per pass).
 */

const imul = Math.imul;

/** FNV-1a over UTF-16 code units, started from a basis that depends on the template. */
export function hashString(text: string, template: number): number {
  return hashRange(text, 0, text.length, template);
}

/**
 * `hashString` of `text.slice(from, to)` without making the slice: a new word type's prefixes,
 * suffixes and compound parts are hashed where they lie in the word.
 */
export function hashRange(text: string, from: number, to: number, template: number): number {
  return finalize(fnvSteps((FNV_BASIS ^ imul(template + 1, 0x9e3779b1)) >>> 0, text, from, to));
}

/** A text's hash for a table of texts: FNV-1a, mixed; signed, as `hashBytes`. */
export function hashText(text: string): number {
  return finalize(fnvSteps(FNV_BASIS, text, 0, text.length)) | 0;
}

const FNV_BASIS = 0x811c9dc5;

function fnvSteps(h: number, text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) h = imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}

/**
 * FNV-1a over bytes, mixed (`finalize`) so that its low bits can index a table; as a signed
 * 32-bit integer, which stays a small integer in V8 where an unsigned one may not. In steps
 * too, for a caller that hashes the bytes as it reads them: `byteHashEnd` of the steps from
 * `BYTE_HASH_START` over some bytes is their `hashBytes`.
 */
export function hashBytes(bytes: Uint8Array, from: number, to: number): number {
  let h = BYTE_HASH_START;
  for (let i = from; i < to; i++) h = byteHashStep(h, bytes[i] as number);
  return byteHashEnd(h);
}

export const BYTE_HASH_START = FNV_BASIS | 0;

export function byteHashStep(h: number, byte: number): number {
  return imul(h ^ byte, 0x01000193);
}

export function byteHashEnd(h: number): number {
  return finalize(h) | 0;
}

/** Joins a template and one or two values into one feature hash (MurmurHash3's mixing). */
export function combine(template: number, a: number, b?: number): number {
  // `b ?? 0` rather than a default parameter, whose set-up alone took 16 bytes of bytecode.
  return finalize(imul(templateWith(template, a) ^ (b ?? 0), 0x1b873593));
}

/** The template and the first value mixed, the first half of `combine`. */
function templateWith(template: number, a: number): number {
  const h = imul(imul(template + 0x632be5ab, 0x85ebca6b) ^ a, 0xcc9e2d51);
  return (h << 15) | (h >>> 17);
}

function finalize(h: number): number {
  h = imul(h ^ (h >>> 16), 0x85ebca6b);
  h = imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
