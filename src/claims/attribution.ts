/**
 * Who a sentence's statement comes from: `says Lei Jun`, `volgens Leica`, `laut Leicas
 * Pressemeldung`, `kata Lei Jun`, `Lee John expressed`. A quote that spans several sentences
 * takes the source named after its closing mark (`…fusioniert“, sagt Lei Jun`) or in the line
 * that introduces it (`Lei Jun … deelt de volgende reactie;`).
 */
import type { Entity } from "../schema/record.js";
import type { Sentence } from "../pipeline/analysis.js";
import { packOrDefault } from "../packs/registry.js";

/** How far from a name its cue may stand (`sagt ` … `Lei Jun`, skipping a title). */
const CUE_REACH = 40;
/**
 * A quote mark opens a quote where it stands before a word and after a space or the start:
 * `“` opens in English and Dutch but closes in German (`„…“`), so the mark alone cannot tell.
 */
const OPENING_QUOTE = /(?:^|[\s([])[“„«"‚‘»](?=[\p{L}\p{N}])/u;
const CLOSING_QUOTE_BEFORE_CUE = /[”“»"’‘]\s*,?\s*\p{L}+\s+$/u;
/** Names where the entity stage found none: runs of capitalized words. */
const CAPITALIZED_RUN = /\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+){0,3}/gu;

interface Name {
  start: number;
  end: number;
  canonical: string;
  type: Entity["type"];
}

/** @param namedIn the entities inside each sentence */
export function attributionsOf(text: string, sentences: readonly Sentence[], namedIn: readonly (readonly Entity[])[]): (string | null)[] {
  const anyNames = namedIn.some((names) => names.length > 0);
  const paragraphStart = paragraphStarts(text, sentences);
  const sources: (string | null)[] = sentences.map(() => null);
  sentences.forEach((sentence, index) => {
    if (sentence.boilerplate) return;
    const found = inlineSource(text, sentence, namedIn[index]!, anyNames);
    if (!found) return;
    sources[index] = found.canonical;
    if (found.afterClosingQuote) spreadBackOverQuote(text, sentences, index, paragraphStart[index]!, found.canonical, sources);
  });
  sentences.forEach((sentence, index) => {
    if (sources[index] === null && !sentence.boilerplate) sources[index] = introducedQuoteSource(text, sentences, paragraphStart[index]!, namedIn, anyNames);
  });
  return sources;
}

function inlineSource(text: string, sentence: Sentence, named: readonly Entity[], anyNames: boolean): { canonical: string; afterClosingQuote: boolean } | null {
  const cues = packOrDefault(sentence.language).claims;
  for (const name of namesIn(text, sentence, named, anyNames)) {
    const before = text.slice(Math.max(sentence.start, name.start - CUE_REACH), name.start);
    if (cues.sourceAfter.test(before)) return { canonical: name.canonical, afterClosingQuote: CLOSING_QUOTE_BEFORE_CUE.test(before) };
    const after = text.slice(name.end, Math.min(sentence.end, name.end + CUE_REACH));
    if (cues.sourceBefore.test(after)) return { canonical: name.canonical, afterClosingQuote: false };
  }
  return null;
}

/** For each sentence, the index of the first sentence of its paragraph (line). */
function paragraphStarts(text: string, sentences: readonly Sentence[]): number[] {
  const starts: number[] = [];
  sentences.forEach((sentence, i) => {
    const newParagraph = i === 0 || text.slice(sentences[i - 1]!.end, sentence.start).includes("\n");
    starts.push(newParagraph ? i : starts[i - 1]!);
  });
  return starts;
}

/**
 * The sentences of the same paragraph back to the one that opens the quote. A sentence that
 * already has its source ends the walk: a quote does not reach over another one's source.
 */
function spreadBackOverQuote(
  text: string,
  sentences: readonly Sentence[],
  index: number,
  paragraphStart: number,
  source: string,
  sources: (string | null)[],
): void {
  if (OPENING_QUOTE.test(text.slice(sentences[index]!.start, sentences[index]!.end))) return;
  for (let i = index - 1; i >= paragraphStart && sources[i] === null; i--) {
    sources[i] = source;
    if (OPENING_QUOTE.test(text.slice(sentences[i]!.start, sentences[i]!.end))) break;
  }
}

/** A paragraph that opens with a quote mark after a line ending in `:` or `;` that names someone. */
function introducedQuoteSource(
  text: string,
  sentences: readonly Sentence[],
  first: number,
  namedIn: readonly (readonly Entity[])[],
  anyNames: boolean,
): string | null {
  if (first === 0 || !OPENING_QUOTE.test(text.slice(sentences[first]!.start, sentences[first]!.start + 2))) return null;
  const intro = sentences[first - 1]!;
  if (!/[:;]$/.test(text.slice(intro.start, intro.end))) return null;
  const names = namesIn(text, intro, namedIn[first - 1]!, anyNames);
  const person = names.find((name) => name.type === "PER");
  return (person ?? names[0])?.canonical ?? null;
}

/**
 * The people and organisations named in a sentence; where the entity stage found no names in
 * the whole document, runs of capitalized words stand in.
 */
function namesIn(text: string, sentence: Sentence, named: readonly Entity[], anyNames: boolean): Name[] {
  if (anyNames) return named.filter((e) => e.type === "PER" || e.type === "ORG");
  const names: Name[] = [];
  const slice = text.slice(sentence.start, sentence.end);
  for (const match of slice.matchAll(CAPITALIZED_RUN)) {
    const start = sentence.start + match.index;
    names.push({ start, end: start + match[0].length, canonical: match[0], type: "PER" });
  }
  return names;
}
