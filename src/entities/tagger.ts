/**
 * Tags a sentence of words with IOB2 labels. The scores a word type contributes at each
 * position of the window are summed once and cached, so a token costs a few cached vector
 * additions, a handful of context-feature look-ups and one Viterbi step. The per-sentence
 * arrays are buffers that grow with the longest sentence seen and are reused, so tagging
 * allocates nothing but the labels it returns.
 */
import { CAPITAL_PATTERNS, CONTEXT_FEATURE_LIMIT, OFFSET_COUNT, capitalPattern, capitalPatternFeature, SENTENCE_END, SENTENCE_START, WINDOW, contextFeatures, sentenceCase, wordFeatures } from "./features.js";
import type { WordFeatures } from "./features.js";
import type { Gazetteer, PhrasesStartingWith } from "./gazetteer.js";
import { LABEL_COUNT } from "./labels.js";
import type { NerModel } from "./model.js";
import { viterbi } from "./viterbi.js";

/** Labels per weight row, read once: hot loops below use it per token. */
const L = LABEL_COUNT;

interface ScoredWord {
  features: WordFeatures;
  /** `OFFSET_COUNT × L`: this word's score contribution from each window position. */
  scores: Float32Array;
  phrases: PhrasesStartingWith;
}

/** Word types kept before the cache starts over: bounds memory on endless input. */
const CACHE_LIMIT = 200_000;

export class Tagger {
  private readonly cache = new Map<string, ScoredWord>();
  private readonly start: ScoredWord;
  private readonly end: ScoredWord;
  private readonly scored: ScoredWord[] = [];
  private readonly features: WordFeatures[] = [];
  private readonly lower: string[] = [];
  private readonly phraseStarts: PhrasesStartingWith[] = [];
  private readonly context = new Uint32Array(CONTEXT_FEATURE_LIMIT);
  /** `CAPITAL_PATTERNS × L`: the weights of each capital pattern. */
  private readonly capitalScores = new Float32Array(CAPITAL_PATTERNS * L);
  private capacity = 0;
  private phrases = new Uint8Array(0);
  private emissions = new Float32Array(0);
  private viterbiScores = new Float64Array(0);
  private viterbiBack = new Uint8Array(0);

  constructor(
    private readonly model: NerModel,
    private readonly gazetteer: Gazetteer,
  ) {
    for (let pattern = 0; pattern < CAPITAL_PATTERNS; pattern++) model.addWeights(capitalPatternFeature(pattern), this.capitalScores, pattern * L);
    this.start = this.score(SENTENCE_START);
    this.end = this.score(SENTENCE_END);
  }

  tag(words: readonly string[]): Uint8Array {
    const n = words.length;
    const labels = new Uint8Array(n);
    if (n === 0) return labels;
    this.reserve(n);
    const { scored, features, lower, phraseStarts, phrases, emissions, context, capitalScores, model } = this;
    for (let i = 0; i < n; i++) {
      const word = this.lookup(words[i] as string);
      scored[i] = word;
      features[i] = word.features;
      lower[i] = word.features.lowerText;
      phraseStarts[i] = word.phrases;
    }
    this.gazetteer.label(lower, phraseStarts, phrases, n);
    const casing = sentenceCase(features, n);
    emissions.fill(0, 0, n * L);
    for (let i = 0; i < n; i++) {
      const row = i * L;
      for (let offset = -WINDOW; offset <= WINDOW; offset++) {
        const j = i + offset;
        const scores = (j < 0 ? this.start : j >= n ? this.end : (scored[j] as ScoredWord)).scores;
        const from = (offset + WINDOW) * L;
        for (let y = 0; y < L; y++) emissions[row + y] = (emissions[row + y] as number) + (scores[from + y] as number);
      }
      const capitals = capitalPattern(features, n, i) * L;
      for (let y = 0; y < L; y++) emissions[row + y] = (emissions[row + y] as number) + (capitalScores[capitals + y] as number);
      const count = contextFeatures(features, n, i, casing, phrases, context);
      for (let k = 0; k < count; k++) model.addWeights(context[k] as number, emissions, row);
    }
    viterbi(emissions, n, model.transitions, labels, this.viterbiScores, this.viterbiBack);
    return labels;
  }

  /** Grows the sentence buffers to hold `n` tokens. */
  private reserve(n: number): void {
    if (n <= this.capacity) return;
    this.capacity = Math.max(n, 2 * this.capacity, 64);
    this.phrases = new Uint8Array(this.capacity);
    this.emissions = new Float32Array(this.capacity * L);
    this.viterbiScores = new Float64Array(this.capacity * L);
    this.viterbiBack = new Uint8Array(this.capacity * L);
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
    return { features, scores, phrases: this.gazetteer.phrasesStartingWith(features.lowerText) };
  }
}
