/**
 * Cuts a document into the stretches whose language is judged one by one: lines (headlines,
 * captions, quoted posts and reader comments sit on lines of their own), then sentences within
 * a line. The cut runs before the real sentence splitter, which needs the language first, so it
 * is deliberately plain: a cut too many only makes two short stretches that inherit their
 * neighbours' language.
 */
export interface Stretch {
  start: number;
  end: number;
}

/**
 * Sentence-final punctuation, closing quotes, white space, then what can open a sentence; or
 * the full-width sentence ends of Chinese and Japanese, which need no space after them.
 */
const SENTENCE_BREAK = /[.!?…]+["'”’»)\]]*\s+(?=["'“‘«([¿¡]?[\p{Lu}\d])|[。！？]+/gu;

export function stretchesOf(text: string): Stretch[] {
  const stretches: Stretch[] = [];
  let lineStart = 0;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    let start = 0;
    for (const match of line.matchAll(SENTENCE_BREAK)) {
      const end = match.index + match[0].length;
      pushTrimmed(stretches, text, lineStart + start, lineStart + end);
      start = end;
    }
    pushTrimmed(stretches, text, lineStart + start, lineEnd);
    lineStart = lineEnd + 1;
  }
  return stretches;
}

function pushTrimmed(stretches: Stretch[], text: string, start: number, end: number): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (start < end) stretches.push({ start, end });
}
