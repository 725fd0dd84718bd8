/**
 * Tags a sentence of words with IOB2 labels. The scores a word type contributes at each
 * position of the window are summed once and cached, so a token costs a few cached vector
 * additions, a handful of context-feature look-ups and one Viterbi step. The per-sentence
 * arrays are buffers that grow with the longest sentence seen and are reused, so tagging
 * allocates nothing but the labels it returns.
 *
 * The cache keeps per word type one small object and a slot in one shared score arena: a
 * typed array per type (or the per-offset feature hashes, which are folded into the scores)
 * would make hundreds of thousands of small heap objects that every garbage collection walks.
 */
import { CAPITAL_PATTERNS, CONTEXT_FEATURE_LIMIT, OFFSET_COUNT, capitalPattern, capitalPatternFeature, SENTENCE_END, SENTENCE_START, WINDOW, contextFeatures, lexicalFeatures, sentenceCase } from "./features.js";
import type { ContextWord, WordFeatures } from "./features.js";
import type { Gazetteer, PhrasesStartingWith } from "./gazetteer.js";
import { LABEL_COUNT } from "./labels.js";
import type { NerModel } from "./model.js";
import { viterbi } from "./viterbi.js";

/** Labels per weight row, read once: hot loops below use it per token. */
const L = LABEL_COUNT;

/** Scores one word type takes in the arena: `OFFSET_COUNT × L`, one row per window position. */
const SLOT = OFFSET_COUNT * L;

interface ScoredWord extends ContextWord {
  /** Where this word's score contribution from each window position starts in the arena. */
  readonly slot: number;
  readonly phrases: PhrasesStartingWith;
}

/**
 * Word types kept per language before the cache starts over: bounds memory on endless input
 * (about 450 bytes a type, so some 11 MB per language and 45 MB for a worker that meets all
 * four), while the frequent words of news, which make up nearly all tokens, are scored again
 * within a few sentences of a start-over.
 */
const CACHE_LIMIT = 25_000;

export class Tagger {
  private readonly cache = new Map<string, ScoredWord>();
  /** The scores of every cached word type, `SLOT` numbers each, in the order they were met. */
  private arena = new Float32Array(1024 * SLOT);
  private slotsUsed = 0;
  private readonly start: ScoredWord;
  private readonly end: ScoredWord;
  private readonly scored: ScoredWord[] = [];
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

  /** @param cacheLimit word types kept before the cache starts over */
  constructor(
    private readonly model: NerModel,
    private readonly gazetteer: Gazetteer,
    private readonly cacheLimit = CACHE_LIMIT,
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
    // Between sentences only: the words of this one keep their slots until it is tagged.
    if (this.cache.size + n > this.cacheLimit) this.startOver();
    const { scored, lower, phraseStarts, phrases, emissions, context, capitalScores, model } = this;
    for (let i = 0; i < n; i++) {
      const word = this.lookup(words[i] as string);
      scored[i] = word;
      lower[i] = word.lowerText;
      phraseStarts[i] = word.phrases;
    }
    // Read after the look-ups: a new word type may have grown the arena.
    const arena = this.arena;
    this.gazetteer.label(lower, phraseStarts, phrases, n);
    const casing = sentenceCase(scored, n);
    emissions.fill(0, 0, n * L);
    for (let i = 0; i < n; i++) {
      const row = i * L;
      for (let offset = -WINDOW; offset <= WINDOW; offset++) {
        const j = i + offset;
        const from = (j < 0 ? this.start : j >= n ? this.end : (scored[j] as ScoredWord)).slot + (offset + WINDOW) * L;
        for (let y = 0; y < L; y++) emissions[row + y] = (emissions[row + y] as number) + (arena[from + y] as number);
      }
      const capitals = capitalPattern(scored, n, i) * L;
      for (let y = 0; y < L; y++) emissions[row + y] = (emissions[row + y] as number) + (capitalScores[capitals + y] as number);
      const count = contextFeatures(scored, n, i, casing, phrases, context);
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
      scored = this.score(lexicalFeatures(word, this.gazetteer, this.model.card.language));
      this.cache.set(word, scored);
    }
    return scored;
  }

  /** Forgets every word type but the sentence edges, which stay in the first two slots. */
  private startOver(): void {
    this.cache.clear();
    this.slotsUsed = 2 * SLOT;
  }

  private score(features: WordFeatures): ScoredWord {
    const slot = this.slotsUsed;
    if (slot + SLOT > this.arena.length) {
      // Doubling, but not far past what the cache limit needs (a sentence longer than the
      // limit is the one case that needs more).
      const grown = new Float32Array(Math.max(slot + SLOT, Math.min(2 * this.arena.length, (this.cacheLimit + 2) * SLOT)));
      grown.set(this.arena);
      this.arena = grown;
    }
    this.slotsUsed += SLOT;
    const { arena } = this;
    // A slot is reused after the cache starts over.
    arena.fill(0, slot, slot + SLOT);
    features.byOffset.forEach((hashes, position) => {
      for (const hash of hashes) this.model.addWeights(hash, arena, slot + position * L);
    });
    const { lower, lowerText, shortShape, capitalized, cased } = features;
    return { lower, lowerText, shortShape, capitalized, cased, slot, phrases: this.gazetteer.phrasesStartingWith(lowerText) };
  }
}
