/**
 * Sentences: lines first (news text puts headlines, captions and list items on lines of their
 * own), then the Unicode sentence boundaries, then the pack's abbreviations of the language of
 * the stretch glue back what the boundaries cut after `no.`, `z.B.` or `Tbk.`.
 */
import type { Language } from "../schema/record.js";
import type { Sentence } from "../pipeline/analysis.js";
import { packOrDefault } from "../packs/registry.js";
import { isBoilerplateLine, markReaderComments } from "./boilerplate.js";
import { sentenceEnds } from "./boundaries.js";

const SENTENCE_END = /[.!?…:;"”’»)\]]\s*$/u;

export function splitSentences(text: string, language: Language): Sentence[] {
  const sentences: Sentence[] = [];
  for (const line of lines(text)) {
    const code = languageAt(language, line.start);
    const pack = packOrDefault(code);
    const lineText = text.slice(line.start, line.end);
    const boilerplate = isBoilerplateLine(lineText);
    const pieces = mergeAbbreviations(lineText, pack.abbreviations);
    const headline = pieces.length === 1 && !SENTENCE_END.test(lineText);
    for (const piece of pieces) {
      sentences.push({ start: line.start + piece.start, end: line.start + piece.end, language: code, boilerplate, headline });
    }
  }
  return markReaderComments(text, sentences);
}

interface Range {
  start: number;
  end: number;
}

/** Non-blank lines, trimmed. */
function lines(text: string): Range[] {
  const result: Range[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    const trimmed = trim(text, start, end);
    if (trimmed) result.push(trimmed);
    start = end + 1;
  }
  return result;
}

function trim(text: string, start: number, end: number): Range | null {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return start < end ? { start, end } : null;
}

const LAST_WORD = /(\p{L}[\p{L}.]*)\.\s*$/u;
/** Longer than any abbreviation, short enough to keep the check constant-time. */
const ABBREVIATION_TAIL = 24;

function mergeAbbreviations(line: string, abbreviations: ReadonlySet<string>): Range[] {
  const pieces: Range[] = [];
  let from = 0;
  for (const to of sentenceEnds(line)) {
    const range = trim(line, from, to);
    from = to;
    if (!range) continue;
    const previous = pieces[pieces.length - 1];
    if (previous && endsWithAbbreviation(line.slice(previous.start, previous.end), abbreviations)) {
      previous.end = range.end;
    } else {
      pieces.push(range);
    }
  }
  return pieces;
}

function endsWithAbbreviation(sentence: string, abbreviations: ReadonlySet<string>): boolean {
  // Only the tail: anchored at the end, the pattern would still be tried from every position.
  const word = LAST_WORD.exec(sentence.slice(-ABBREVIATION_TAIL))?.[1];
  if (!word) return false;
  // A single letter is an initial (`J. Smith`), not a sentence end.
  return word.length === 1 || abbreviations.has(word.toLowerCase());
}

function languageAt(language: Language, offset: number) {
  const segment = language.segments.find((s) => offset >= s.start && offset < s.end);
  return segment?.code ?? language.code;
}
