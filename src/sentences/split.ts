/**
 * Sentences: lines first (news text puts headlines, captions and list items on lines of their
 * own), then Intl.Segmenter in the language of the stretch, then the pack's abbreviations
 * glue back what the segmenter cut after `no.`, `z.B.` or `Tbk.`.
 */
import type { Language } from "../schema/record.js";
import type { Sentence } from "../pipeline/analysis.js";
import { packOrDefault } from "../packs/registry.js";
import { isBoilerplateLine, markReaderComments } from "./boilerplate.js";

const segmenters = new Map<string, Intl.Segmenter>();
function segmenterFor(locale: string): Intl.Segmenter {
  let segmenter = segmenters.get(locale);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(locale, { granularity: "sentence" });
    segmenters.set(locale, segmenter);
  }
  return segmenter;
}

const SENTENCE_END = /[.!?…:;"”’»)\]]\s*$/u;

export function splitSentences(text: string, language: Language): Sentence[] {
  const sentences: Sentence[] = [];
  for (const line of lines(text)) {
    const code = languageAt(language, line.start);
    const pack = packOrDefault(code);
    const lineText = text.slice(line.start, line.end);
    const boilerplate = isBoilerplateLine(lineText);
    const pieces = mergeAbbreviations(lineText, segmenterFor(pack.locale), pack.abbreviations);
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

function mergeAbbreviations(line: string, segmenter: Intl.Segmenter, abbreviations: ReadonlySet<string>): Range[] {
  const pieces: Range[] = [];
  forEachSegment(line, segmenter, (from, to) => {
    const range = trim(line, from, to);
    if (!range) return;
    const previous = pieces[pieces.length - 1];
    if (previous && endsWithAbbreviation(line.slice(previous.start, previous.end), abbreviations)) {
      previous.end = range.end;
    } else {
      pieces.push(range);
    }
  });
  return pieces;
}

/** Longest stretch handed to Intl.Segmenter at once. */
const CHUNK = 1000;
const CUT_AFTER_SENTENCE = /[.!?…]["”’»)\]]*\s+/g;
const CUT_AFTER_SPACE = /\s+/g;

/**
 * Calls `each` with the start and end of every sentence segment of `line`, in order.
 * V8's Intl.Segmenter takes time quadratic in the length of the string it iterates (a 640 kB
 * line takes seconds), so long lines are cut into stretches of about CHUNK characters first,
 * at a likely sentence end, else at a space, else anywhere: the time stays linear.
 */
function forEachSegment(line: string, segmenter: Intl.Segmenter, each: (start: number, end: number) => void): void {
  let start = 0;
  while (start < line.length) {
    const end = line.length - start <= 2 * CHUNK ? line.length : cutPoint(line, start + CHUNK);
    for (const { index, segment } of segmenter.segment(line.slice(start, end))) each(start + index, start + index + segment.length);
    start = end;
  }
}

function cutPoint(line: string, from: number): number {
  // Search a bounded window only: scanning to the end of a long line for every cut would make
  // the cutting itself quadratic.
  const window = line.slice(from, from + CHUNK);
  for (const pattern of [CUT_AFTER_SENTENCE, CUT_AFTER_SPACE]) {
    pattern.lastIndex = 0;
    const match = pattern.exec(window);
    if (match) return from + match.index + match[0].length;
  }
  return from + CHUNK;
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
