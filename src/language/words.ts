/**
 * Words of a stretch as the packs list them: lower case, letters with inner apostrophes
 * (`don't`, `it’s`), the typographic apostrophe folded to the ASCII one. Only Latin-script
 * words count: the packs' languages are all written in it, and a stretch in another script
 * is none of them.
 */
const LATIN_WORD = /\p{Script=Latin}+(?:['’]\p{Script=Latin}+)*/gu;
const LETTER = /\p{L}/gu;

export function wordsOf(text: string): string[] {
  return Array.from(text.matchAll(LATIN_WORD), (match) => match[0].toLowerCase().replace(/’/g, "'"));
}

/** Letters of any script (UTF-16 code units, which is all the comparison with Latin needs). */
export function countLetters(text: string): number {
  return text.length - text.replace(LETTER, "").length;
}
