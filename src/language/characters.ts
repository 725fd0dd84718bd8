/**
 * What each UTF-16 code unit is to the language stage, looked up in a table filled on first
 * sight, because every character of every document passes through here.
 */

/** White space, ASCII digits and ASCII punctuation: franc reads any run of them as one space. */
export const SEPARATOR = 1;
export const LATIN_LETTER = 2;
export const OTHER_LETTER = 3;
/** Anything else (typographic quotes, dashes, symbols): kept in trigrams, ends words. */
export const OTHER = 4;

const classes = new Uint8Array(0x10000);

/**
 * Kept this small (the table look-up alone) so the optimizing compiler inlines it into the
 * scan's loop: the CLI lets it inline functions of at most 60 bytes of bytecode.
 */
export function classOf(code: number): number {
  return classes[code] || learnClass(code);
}

function learnClass(code: number): number {
  const found = classify(String.fromCharCode(code), code);
  classes[code] = found;
  return found;
}

function classify(character: string, code: number): number {
  if ((code >= 0x21 && code <= 0x40) || /\s/.test(character)) return SEPARATOR;
  if (/\p{Script=Latin}/u.test(character)) return LATIN_LETTER;
  if (/\p{L}/u.test(character)) return OTHER_LETTER;
  return OTHER;
}
