/**
 * Language: accuracy of the document code and, for documents with gold segments, the
 * segment boundaries. A predicted boundary matches a gold one when it lies within one
 * sentence of it, since the gold segments start at sentence boundaries and the detector
 * cannot do better than a sentence.
 */
import { detectedLanguageCode, LANGUAGE_CODES, type Language } from "../../schema/record.js";
import { splitSentences } from "../../sentences/split.js";
import type { GoldDocument } from "../gold.js";
import { addCounts, countMatches, NO_COUNTS, scores, type Counts, type Scores } from "../spans.js";
import type { Task } from "../task.js";
import { accuracy, type Accuracy } from "../accuracy.js";

export interface LangTally {
  documents: number;
  correct: number;
  segmentedDocuments: number;
  boundaries: Counts;
}

export interface LangSummary {
  documents: number;
  code: Accuracy;
  segmentedDocuments: number;
  boundaries: Scores;
}

export const langTask: Task<LangTally, LangSummary> = {
  applies: (item) => item.shape === "document" && item.gold.lang !== undefined,
  tally(item, prediction) {
    if (item.shape !== "document") return langTask.zero;
    const gold = item.gold;
    const segmented = gold.segments !== undefined;
    return {
      documents: 1,
      correct: prediction.language.code === expectedCode(gold.lang) ? 1 : 0,
      segmentedDocuments: segmented ? 1 : 0,
      boundaries: segmented ? countBoundaries(gold, prediction.language) : NO_COUNTS,
    };
  },
  add: (a, b) => ({
    documents: a.documents + b.documents,
    correct: a.correct + b.correct,
    segmentedDocuments: a.segmentedDocuments + b.segmentedDocuments,
    boundaries: addCounts(a.boundaries, b.boundaries),
  }),
  zero: { documents: 0, correct: 0, segmentedDocuments: 0, boundaries: NO_COUNTS },
  summarize: (t) => ({
    documents: t.documents,
    code: accuracy(t.documents, t.correct),
    segmentedDocuments: t.segmentedDocuments,
    boundaries: scores(t.boundaries),
  }),
};

/**
 * claimx answers `und` for text outside its four languages, so that is the right answer for
 * the confusers of language-identification corpora (Afrikaans, Malay, Frisian, …).
 */
function expectedCode(lang: string | undefined): string {
  return (LANGUAGE_CODES as readonly (string | undefined)[]).includes(lang) ? lang! : "und";
}

function countBoundaries(gold: GoldDocument, predicted: Language): Counts {
  const goldSegments = (gold.segments ?? []).map((s) => ({ start: s.start, end: s.end, code: s.lang }));
  const middles = splitSentences(gold.text, goldLanguage(gold, goldSegments)).map((s) => (s.start + s.end) / 2);
  // The sentence boundary nearest an offset, numbered by the sentence after it: a boundary in
  // the first half of a sentence counts as before it, in the second half as after it.
  const sentenceIndex = (offset: number) => middles.filter((middle) => middle < offset).length;
  // In those units a gold boundary i covers i-1 … i+1 and a predicted one is a single point:
  // they overlap when at most one sentence apart.
  const goldSpans = boundaries(goldSegments).map((b) => {
    const i = sentenceIndex(b);
    return { start: i - 1, end: i + 2 };
  });
  const predictedSpans = boundaries(predicted.segments).map((b) => {
    const i = sentenceIndex(b);
    return { start: i, end: i + 1 };
  });
  return countMatches(goldSpans, predictedSpans, "relaxed", false);
}

/** Offsets where the language changes; neighbouring segments of one language are one stretch. */
function boundaries(segments: readonly { start: number; code: string }[]): number[] {
  const sorted = [...segments].sort((a, b) => a.start - b.start);
  return sorted.filter((s, i) => i > 0 && s.code !== sorted[i - 1]!.code).map((s) => s.start);
}

/** The gold segmentation as a `Language`, so sentences are split with each stretch's pack. */
function goldLanguage(gold: GoldDocument, segments: readonly { start: number; end: number; code: string }[]): Language {
  const known = (code: string | undefined) => detectedLanguageCode.safeParse(code).data ?? "und";
  return {
    code: known(gold.lang),
    confidence: 1,
    segments: segments.map((s) => ({ start: s.start, end: s.end, code: known(s.code) })),
  };
}
