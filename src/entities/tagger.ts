/**
 * Tags a sentence of words with IOB2 labels. The scores a word type contributes at each
 * position of the window are summed once and cached, so a token costs a few cached vector
 * additions, a handful of context-feature look-ups and one Viterbi step.
 */
import { OFFSET_COUNT, SENTENCE_END, SENTENCE_START, WINDOW, contextFeatures, sentenceCase, wordFeatures } from "./features.js";
import type { WordFeatures } from "./features.js";
import type { Gazetteer } from "./gazetteer.js";
import { LABEL_COUNT } from "./labels.js";
import type { NerModel } from "./model.js";
import { viterbi } from "./viterbi.js";

/** Labels per weight row, read once: hot loops below use it per token. */
const L = LABEL_COUNT;

interface ScoredWord {
  features: WordFeatures;
  /** `OFFSET_COUNT × L`: this word's score contribution from each window position. */
  scores: Float32Array;
}

/** Word types kept before the cache starts over: bounds memory on endless input. */
const CACHE_LIMIT = 200_000;

export class Tagger {
  private readonly cache = new Map<string, ScoredWord>();
  private readonly start: ScoredWord;
  private readonly end: ScoredWord;

  constructor(
    private readonly model: NerModel,
    private readonly gazetteer: Gazetteer,
  ) {
    this.start = this.score(SENTENCE_START);
    this.end = this.score(SENTENCE_END);
  }

  tag(words: readonly string[]): Uint8Array {
    const n = words.length;
    const labels = new Uint8Array(n);
    if (n === 0) return labels;
    const scored = words.map((word) => this.lookup(word));
    const features = scored.map((word) => word.features);
    const phrases = this.gazetteer.label(words);
    const casing = sentenceCase(words);
    const emissions = new Float32Array(n * L);
    let row = 0;
    const add = (hash: number): void => this.model.addWeights(hash, emissions, row);
    for (let i = 0; i < n; i++) {
      row = i * L;
      for (let offset = -WINDOW; offset <= WINDOW; offset++) {
        const j = i + offset;
        const word = j < 0 ? this.start : j >= n ? this.end : (scored[j] as ScoredWord);
        const from = (offset + WINDOW) * L;
        for (let y = 0; y < L; y++) emissions[row + y] = (emissions[row + y] as number) + (word.scores[from + y] as number);
      }
      contextFeatures(features, i, casing, phrases, add);
    }
    viterbi(emissions, n, this.model.transitions, labels);
    return labels;
  }

  private lookup(word: string): ScoredWord {
    let scored = this.cache.get(word);
    if (!scored) {
      if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
      scored = this.score(wordFeatures(word, this.gazetteer.wordTypes(word)));
      this.cache.set(word, scored);
    }
    return scored;
  }

  private score(features: WordFeatures): ScoredWord {
    const scores = new Float32Array(OFFSET_COUNT * L);
    features.byOffset.forEach((hashes, position) => {
      for (const hash of hashes) this.model.addWeights(hash, scores, position * L);
    });
    return { features, scores };
  }
}
