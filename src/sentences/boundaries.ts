/**
 * Sentence boundaries by the Unicode rules (UAX #29, "Sentence Boundaries", rules SB1–SB11): the
 * same boundaries as ICU's sentence break iterator, which is what Intl.Segmenter runs. Our own
 * because V8's Intl.Segmenter takes time quadratic in the length of the string it iterates and
 * its first use loads ICU's break data (about a tenth of a start on a small article); this one
 * looks only at the characters around terminators and ParaSep characters, once each.
 */

// Sentence_Break classes (UAX #29, table 4). Extend and Format are one class: the rules treat
// them alike (SB5). CR, LF and Sep are one class, ParaSep, except for CR × LF (SB3).
const OTHER = 0;
const PARA_SEP = 1;
const EXTEND = 2;
const SP = 3;
const LOWER = 4;
const UPPER = 5;
const O_LETTER = 6;
const NUMERIC = 7;
const A_TERM = 8;
const S_TERM = 9;
const S_CONTINUE = 10;
const CLOSE = 11;
type SentenceBreak = number;

/** The classes of the ASCII characters, looked up instead of matched: most text is ASCII. */
const ASCII = new Uint8Array(128);
for (let code = 0; code < 128; code++) {
  const char = String.fromCharCode(code);
  ASCII[code] =
    char === "\r" || char === "\n" ? PARA_SEP
    : /[\t\v\f ]/.test(char) ? SP
    : /[a-z]/.test(char) ? LOWER
    : /[A-Z]/.test(char) ? UPPER
    : /[0-9]/.test(char) ? NUMERIC
    : char === "." ? A_TERM
    : char === "!" || char === "?" ? S_TERM
    : /[,:;-]/.test(char) ? S_CONTINUE
    : /["'()[\]{}]/.test(char) ? CLOSE
    : OTHER;
}

/**
 * The property definitions of UAX #29 table 4 (Unicode 16: the semicolons are SContinue), in an
 * order that gives a character that more than one would take the class the rules give it, with
 * the small classes of the punctuation around terminators in news first. Georgian letters are
 * OLetter although cased. JavaScript has no Line_Break or Prepended_Concatenation_Mark property:
 * Numeric (Line_Break=Numeric) is the decimal digits, the Arabic decimal and thousands
 * separators, the prepended number signs and one Tai Lue digit; the quotation marks of Close
 * (Line_Break=Quotation) are the initial and final punctuation and the few other marks and
 * ornaments that Line_Break puts with them. Checked against ICU on every assigned code point.
 * Each expression is made when a character first needs it: making and compiling them all costs
 * a start more than a millisecond, and a text with curly quotes after its full stops needs three.
 */
const NON_ASCII: { source: string; found: SentenceBreak; pattern?: RegExp }[] = [
  { source: String.raw`[\u0085\u2028\u2029]`, found: PARA_SEP },
  { source: String.raw`\p{White_Space}`, found: SP },
  { source: String.raw`[\p{Ps}\p{Pe}\p{Pi}\p{Pf}\u275B-\u2760\u2E00\u2E01\u2E06-\u2E08\u2E0B\u{1F676}-\u{1F678}]`, found: CLOSE },
  {
    source: String.raw`[\u055D\u060C\u060D\u07F8\u1802\u1808\u2013\u2014\u3001\uFE10\uFE11\uFE13\uFE31\uFE32\uFE50\uFE51\uFE55\uFE58\uFE63\uFF0C\uFF0D\uFF1A\uFF64\u037E\uFE14\uFE54\uFF1B]`,
    found: S_CONTINUE,
  },
  { source: String.raw`[\p{Nd}\u066B\u066C\u0600-\u0605\u06DD\u0890\u0891\u08E2\u19DA\u{110BD}\u{110CD}]`, found: NUMERIC },
  { source: String.raw`[\p{Grapheme_Extend}\p{Mc}\p{Cf}]`, found: EXTEND },
  { source: String.raw`[\u10D0-\u10FA\u10FD-\u10FF\u1C90-\u1CBA\u1CBD-\u1CBF]`, found: O_LETTER },
  { source: String.raw`\p{Lowercase}`, found: LOWER },
  { source: String.raw`[\p{Uppercase}\p{Lt}]`, found: UPPER },
  { source: String.raw`[\p{Alphabetic}\u05F3]`, found: O_LETTER },
  { source: String.raw`[\u2024\uFE52\uFF0E]`, found: A_TERM },
  { source: String.raw`\p{Sentence_Terminal}`, found: S_TERM },
];

function classOfNonAscii(char: string): SentenceBreak {
  for (const entry of NON_ASCII) {
    entry.pattern ??= new RegExp(entry.source, "u");
    if (entry.pattern.test(char)) return entry.found;
  }
  return OTHER;
}

/** Classes of the non-ASCII characters met so far: a text uses few, and uses them again. */
const nonAsciiClasses = new Map<number, SentenceBreak>();

function classOf(codePoint: number): SentenceBreak {
  if (codePoint < 128) return ASCII[codePoint]!;
  let found = nonAsciiClasses.get(codePoint);
  if (found === undefined) {
    found = classOfNonAscii(String.fromCodePoint(codePoint));
    nonAsciiClasses.set(codePoint, found);
  }
  return found;
}

/** Where the rules may end a sentence: terminators and paragraph separators. */
const TERMINATOR_OR_SEPARATOR = /[\p{Sentence_Terminal}\u2024\uFE52\uFF0E\r\n\u0085\u2028\u2029]/gu;

/**
 * The ends of the sentences of `text`, in order, the last one `text.length` (for a non-empty
 * text). A sentence keeps the closing punctuation and spaces after its terminator, as in ICU.
 */
export function sentenceEnds(text: string): number[] {
  const ends: number[] = [];
  const scan = new Scanner(text);
  const finder = TERMINATOR_OR_SEPARATOR;
  finder.lastIndex = 0;
  for (let match = finder.exec(text); match; match = finder.exec(text)) {
    const end = scan.breakAfter(match.index);
    if (end === null) continue;
    if (end >= text.length) break;
    ends.push(end);
    finder.lastIndex = end;
  }
  if (text.length > 0) ends.push(text.length);
  return ends;
}

class Scanner {
  constructor(private readonly text: string) {}

  /** The class of the character at `index`, OTHER past the end. */
  classAt(index: number): SentenceBreak {
    return index < this.text.length ? classOf(this.text.codePointAt(index)!) : OTHER;
  }

  /** The index after the character at `index` and the Extend and Format characters after it (SB5). */
  next(index: number): number {
    let after = index + this.width(index);
    while (after < this.text.length && this.classAt(after) === EXTEND) after += this.width(after);
    return after;
  }

  /** The class of the character before `index`, passing over Extend and Format (SB5). */
  classBefore(index: number): SentenceBreak {
    let before = index;
    while (before > 0) {
      before -= before >= 2 && isLowSurrogate(this.text.charCodeAt(before - 1)) && isHighSurrogate(this.text.charCodeAt(before - 2)) ? 2 : 1;
      const found = this.classAt(before);
      if (found !== EXTEND) return found;
    }
    return OTHER;
  }

  private width(index: number): number {
    return this.text.codePointAt(index)! > 0xffff ? 2 : 1;
  }

  /**
   * The sentence break that the character at `index`, a terminator or a paragraph separator,
   * brings about, or null where the rules keep the sentence going.
   */
  breakAfter(index: number): number | null {
    const found = this.classAt(index);
    if (found === PARA_SEP) return this.afterParagraphSeparator(index); // SB4
    if (found !== A_TERM && found !== S_TERM) return null;
    const after = this.next(index);
    if (found === A_TERM) {
      const following = this.classAt(after);
      if (following === NUMERIC) return null; // SB6: 3.5
      if (following === UPPER && (this.classBefore(index) === UPPER || this.classBefore(index) === LOWER)) return null; // SB7: U.S.A
    }
    let end = after;
    while (end < this.text.length && this.classAt(end) === CLOSE) end = this.next(end); // SB9
    while (end < this.text.length && this.classAt(end) === SP) end = this.next(end); // SB10
    if (end >= this.text.length) return end;
    const following = this.classAt(end);
    if (following === PARA_SEP) return this.afterParagraphSeparator(end); // SB11
    if (following === S_CONTINUE || following === A_TERM || following === S_TERM) return null; // SB8a
    if (found === A_TERM && this.lowerFollows(end)) return null; // SB8
    return end; // SB11
  }

  /** SB8: a lowercase letter comes before any other letter, terminator or separator. */
  private lowerFollows(index: number): boolean {
    for (let at = index; at < this.text.length; at = this.next(at)) {
      const found = this.classAt(at);
      if (found === LOWER) return true;
      if (found === O_LETTER || found === UPPER || found === PARA_SEP || found === A_TERM || found === S_TERM) return false;
    }
    return false;
  }

  private afterParagraphSeparator(index: number): number {
    return this.text.startsWith("\r\n", index) ? index + 2 : index + 1; // SB3
  }
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
