import { NO_COUNTS, addCounts, countMatches, scores } from "../eval/spans.js";
import type { Scores } from "../eval/spans.js";
import { labelsToSpans } from "./labels.js";
import type { LabelledSentence } from "./perceptron.js";

/** Exact-span CoNLL scores (type must agree) of a tagger on labelled sentences. */
export function scoreTagger(sentences: readonly LabelledSentence[], tag: (words: readonly string[]) => Uint8Array): Scores {
  let counts = NO_COUNTS;
  for (const sentence of sentences) {
    const gold = labelsToSpans(sentence.labels).map(({ start, end, type }) => ({ start, end, label: type }));
    const predicted = labelsToSpans(tag(sentence.words)).map(({ start, end, type }) => ({ start, end, label: type }));
    counts = addCounts(counts, countMatches(gold, predicted, "strict", true));
  }
  return scores(counts);
}
