import { NO_COUNTS, addCounts, countMatches, scores } from "../eval/spans.js";
import type { Scores } from "../eval/spans.js";
import { agreeWithinDocument } from "./document.js";
import { labelsToSpans } from "./labels.js";
import type { LabelledSentence } from "./perceptron.js";

/**
 * Exact-span CoNLL scores (type must agree) of a tagger on labelled sentences. The sentences of
 * one document (consecutive, with the same `document`) are tagged together, and their labels
 * made to agree as the pipeline does with an article's sentences.
 */
export function scoreTagger(sentences: readonly LabelledSentence[], tag: (words: readonly string[]) => Uint8Array): Scores {
  let counts = NO_COUNTS;
  for (let first = 0; first < sentences.length; ) {
    const { document } = sentences[first] as LabelledSentence;
    let end = first + 1;
    while (document !== undefined && end < sentences.length && (sentences[end] as LabelledSentence).document === document) end++;
    const group = sentences.slice(first, end);
    const labels = group.map((sentence) => tag(sentence.words));
    // A sentence of no known document (GermEval, the Indonesian corpora) is tagged alone.
    if (document !== undefined) {
      agreeWithinDocument(
        group.map((sentence) => sentence.words),
        labels,
      );
    }
    group.forEach((sentence, k) => {
      const gold = labelsToSpans(sentence.labels).map(({ start, end, type }) => ({ start, end, label: type }));
      const predicted = labelsToSpans(labels[k] as Uint8Array).map(({ start, end, type }) => ({ start, end, label: type }));
      counts = addCounts(counts, countMatches(gold, predicted, "strict", true));
    });
    first = end;
  }
  return scores(counts);
}
