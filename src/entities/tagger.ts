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
import { CAPITAL_PATTERNS, CONTEXT_FEATURE_LIMIT, FeatureBuffer, OFFSET_COUNT, SHARE_OFFSETS, capitalPattern, capitalPatternFeature, SENTENCE_END_WORD, SENTENCE_START_WORD, WINDOW, contextFeatures, sentenceCase, shareFeature, writeLexicalFeatures, writeWordFeatures } from "./features.js";
import type { ContextWord } from "./features.js";
import type { Gazetteer, PhrasesStartingWith } from "./gazetteer.js";
import { LABEL_COUNT } from "./labels.js";
import type { NerModel } from "./model.js";
import type { NameShares } from "./name-shares.js";
import { viterbi } from "./viterbi.js";
import { WordCache } from "./word-cache.js";
import { CacheBudget, type WordTypeCache } from "./cache-budget.js";

/** Labels per weight row, read once: hot loops below use it per token. */
const L = LABEL_COUNT;

/** Scores one word type takes in the arena: `OFFSET_COUNT × L`, one row per window position. */
const SLOT = OFFSET_COUNT * L;
/** The arena's first size: room for 1,024 word types. */
const INITIAL_ARENA = 1024 * SLOT;

// `tag` reads the window's rows one by one: two words either side.
if (WINDOW !== 2) throw new Error(`the tagger reads a window of two words either side, not ${WINDOW}`);

interface ScoredWord extends ContextWord {
  /** Where this word's score contribution from each window position starts in the arena. */
  readonly slot: number;
  readonly phrases: PhrasesStartingWith;
  /**
   * For a word that starts many listed phrases (Dutch `van` over a thousand, `de` some six
   * hundred, all of them common words), the phrases that can match after each second word;
   * undefined for the rest.
   */
  readonly phrasesAfter: PhraseIndex | undefined;
}

type Phrase = NonNullable<PhrasesStartingWith>[number];

/**
 * A word's phrases by their second word, each list in the word's order (longest first) and
 * followed by its one-word phrases, which come last in that order: the phrases the gazetteer
 * can match where the next word is known, so it need not try the others, and finds the same
 * first match.
 */
interface PhraseIndex {
  bySecond: Map<string, Phrase[]>;
  /** The one-word phrases alone: what can match before any other next word, or at the end. */
  single: PhrasesStartingWith;
}

/** Buckets longer than this get a `PhraseIndex`. */
const INDEXED_BUCKET = 8;

function phraseIndex(phrases: PhrasesStartingWith): PhraseIndex | undefined {
  if (!phrases || phrases.length <= INDEXED_BUCKET) return undefined;
  const single = phrases.filter((phrase) => phrase.words.length === 1);
  const bySecond = new Map<string, Phrase[]>();
  for (const phrase of phrases) {
    if (phrase.words.length === 1) continue;
    const second = phrase.words[1] as string;
    const list = bySecond.get(second);
    if (list) list.push(phrase);
    else bySecond.set(second, [phrase]);
  }
  for (const list of bySecond.values()) list.push(...single);
  return { bySecond, single: single.length ? single : undefined };
}

/**
 * Sentences tagged before the model's feature filter is built (`FeatureFilter`): it costs a few
 * milliseconds and saves about a microsecond per sentence, so a run on a few articles is
 * better off without it.
 */
const FILTER_AFTER_SENTENCES = 4_000;

export class Tagger implements WordTypeCache {
  private readonly cache = new WordCache<ScoredWord>();
  /** The scores of every cached word type, `SLOT` numbers each, in the order they were met. */
  private arena = new Float32Array(INITIAL_ARENA);
  private slotsUsed = 0;
  private sentencesTagged = 0;
  private readonly start: ScoredWord;
  private readonly end: ScoredWord;
  // Sentence buffers, sized and filled by `reserve`: arrays that grew from `[]` changed their
  // elements kind on the first store, differently from one language's tagger to the next, and
  // each new language threw away the optimized code of `tag`.
  private scored: ScoredWord[] = [];
  private lower: string[] = [];
  private phraseStarts: PhrasesStartingWith[] = [];
  private readonly context = new Uint32Array(CONTEXT_FEATURE_LIMIT);
  /** `context`'s hashes read as signed integers, for `NerModel.addWeights`. */
  private readonly signedContext = new Int32Array(this.context.buffer);
  /** `CAPITAL_PATTERNS × L`: the weights of each capital pattern. */
  private readonly capitalScores = new Float32Array(CAPITAL_PATTERNS * L);
  /** The feature hashes of the word type being scored. */
  private readonly features = new FeatureBuffer();
  private capacity = 0;
  private phrases = new Uint8Array(0);
  private emissions = new Float32Array(0);
  private viterbiScores = new Float64Array(0);
  private viterbiBack = new Uint8Array(0);

  /**
   * @param budget the word types this tagger may cache, together with the other taggers of the
   *   budget (one per thread: `taggerFor`)
   * @param shares the name shares of the model's training text, where it was trained with them
   */
  constructor(
    private readonly model: NerModel,
    private readonly gazetteer: Gazetteer,
    private readonly budget = new CacheBudget(),
    private readonly shares?: NameShares,
  ) {
    budget.join(this);
    for (let pattern = 0; pattern < CAPITAL_PATTERNS; pattern++) model.addWeights(capitalPatternFeature(pattern), this.capitalScores, pattern * L);
    this.start = this.score(writeWordFeatures(SENTENCE_START_WORD, 0, 0, 0, 0, this.features));
    this.end = this.score(writeWordFeatures(SENTENCE_END_WORD, 0, 0, 0, 0, this.features));
  }

  tag(words: readonly string[]): Uint8Array {
    const n = words.length;
    const labels = new Uint8Array(n);
    if (n === 0) return labels;
    this.reserve(n);
    // Between sentences only: the words of this one keep their slots until it is tagged.
    this.budget.makeRoom(n);
    if (++this.sentencesTagged === FILTER_AFTER_SENTENCES) this.model.filterFeatures();
    const { scored, lower, phraseStarts, phrases, emissions, context, signedContext, capitalScores, model } = this;
    let anyPhrase = false;
    let anyIndexed = false;
    for (let i = 0; i < n; i++) {
      const word = this.lookup(words[i] as string);
      scored[i] = word;
      lower[i] = word.lowerText;
      phraseStarts[i] = word.phrases;
      if (word.phrases !== undefined) anyPhrase = true;
      if (word.phrasesAfter !== undefined) anyIndexed = true;
    }
    if (anyIndexed) {
      for (let i = 0; i < n; i++) {
        const index = (scored[i] as ScoredWord).phrasesAfter;
        if (index === undefined) continue;
        phraseStarts[i] = (i + 1 < n ? index.bySecond.get(lower[i + 1] as string) : undefined) ?? index.single;
      }
      anyPhrase = false;
      for (let i = 0; i < n && !anyPhrase; i++) if (phraseStarts[i] !== undefined) anyPhrase = true;
    }
    // Read after the look-ups: a new word type may have grown the arena.
    const arena = this.arena;
    // Most sentences hold no word that starts a listed phrase: nothing for the gazetteer to match.
    if (anyPhrase) this.gazetteer.label(lower, phraseStarts, phrases, n);
    else phrases.fill(0, 0, n);
    const casing = sentenceCase(scored, n);
    const startSlot = this.start.slot;
    const endSlot = this.end.slot;
    for (let i = 0; i < n; i++) {
      const row = i * L;
      // The window's rows, from two words before the token to two after (offsets −2 … +2).
      const w0 = i >= 2 ? (scored[i - 2] as ScoredWord).slot : startSlot;
      const w1 = (i >= 1 ? (scored[i - 1] as ScoredWord).slot : startSlot) + L;
      const w2 = (scored[i] as ScoredWord).slot + 2 * L;
      const w3 = (i + 1 < n ? (scored[i + 1] as ScoredWord).slot : endSlot) + 3 * L;
      const w4 = (i + 2 < n ? (scored[i + 2] as ScoredWord).slot : endSlot) + 4 * L;
      const capitals = capitalPattern(scored, n, i) * L;
      // The same float32 sums, in the same order, as adding each row into the emission row in
      // turn (every partial sum rounded as a Float32Array stores it), without the round trips.
      for (let y = 0; y < L; y++) {
        let sum = Math.fround(0 + (arena[w0 + y] as number));
        sum = Math.fround(sum + (arena[w1 + y] as number));
        sum = Math.fround(sum + (arena[w2 + y] as number));
        sum = Math.fround(sum + (arena[w3 + y] as number));
        sum = Math.fround(sum + (arena[w4 + y] as number));
        emissions[row + y] = sum + (capitalScores[capitals + y] as number);
      }
      const count = contextFeatures(scored, n, i, casing, phrases, context);
      for (let k = 0; k < count; k++) model.addWeights(signedContext[k] as number, emissions, row);
    }
    viterbi(emissions, n, model.transitions, labels, this.viterbiScores, this.viterbiBack);
    return labels;
  }

  /** Grows the sentence buffers to hold `n` tokens. */
  private reserve(n: number): void {
    if (n <= this.capacity) return;
    this.capacity = Math.max(n, 2 * this.capacity, 64);
    this.scored = new Array<ScoredWord>(this.capacity).fill(this.start);
    this.lower = new Array<string>(this.capacity).fill("");
    this.phraseStarts = new Array<PhrasesStartingWith>(this.capacity).fill(undefined);
    this.phrases = new Uint8Array(this.capacity);
    this.emissions = new Float32Array(this.capacity * L);
    this.viterbiScores = new Float64Array(this.capacity * L);
    this.viterbiBack = new Uint8Array(this.capacity * L);
  }

  /** Small enough for `tag`'s loop to inline (see `bin/claimx.js`): nearly every word is cached. */
  private lookup(word: string): ScoredWord {
    return this.cache.get(word) ?? this.scoreNew(word);
  }

  private scoreNew(word: string): ScoredWord {
    const scored = this.score(writeLexicalFeatures(word, this.gazetteer, this.model.card.language, this.features));
    const share = this.shares?.of(scored.lowerText) ?? 0;
    // The word's name share, seen from each position where it counts (`shareFeature`); the
    // sentence edges, scored apart, have none.
    if (share) {
      for (const offset of SHARE_OFFSETS) this.model.addWeights(shareFeature(share, offset, scored.capitalized) | 0, this.arena, scored.slot + (WINDOW + offset) * L);
    }
    this.cache.add(word, scored);
    return scored;
  }

  get cachedTypes(): number {
    return this.cache.size;
  }

  /**
   * Forgets the word types met after the first half of those cached; the rest and the sentence
   * edges keep their slots, the edges the first two and the word types those after them, in the
   * order they were met. The types met first are mostly a language's frequent words, which the
   * next sentences need again: on 7.9 MB of news that never repeats, with 25,000 types per
   * language, keeping them scored 13% fewer new word types than forgetting them all (164,000
   * against 188,000; 145,000 are distinct). The scores of the forgotten types are given back
   * when they took most of the arena, as another language may need the room.
   */
  forgetHalf(): void {
    this.cache.keepFirst(Math.floor(this.cache.size / 2));
    this.slotsUsed = (2 + this.cache.size) * SLOT;
    const room = 2 * Math.max(this.slotsUsed, INITIAL_ARENA);
    if (this.arena.length > room) this.arena = this.arena.slice(0, room);
  }

  /** A new word type whose features `features` holds: its slot in the arena, scored. */
  private score(word: ContextWord): ScoredWord {
    const slot = this.slotsUsed;
    if (slot + SLOT > this.arena.length) {
      // Doubling, but not far past what the budget allows (a sentence longer than the budget is
      // the one case that needs more).
      const grown = new Float32Array(Math.max(slot + SLOT, Math.min(2 * this.arena.length, (this.budget.limit + 2) * SLOT)));
      grown.set(this.arena);
      this.arena = grown;
    }
    this.slotsUsed += SLOT;
    const { arena, model } = this;
    const { hashes, ends } = this.features;
    // A slot is reused after the cache starts over.
    arena.fill(0, slot, slot + SLOT);
    let k = 0;
    for (let position = 0; position < OFFSET_COUNT; position++) {
      const at = slot + position * L;
      for (const end = ends[position] as number; k < end; k++) model.addWeights(hashes[k] as number, arena, at);
    }
    const { lower, lowerText, shortShape, capitalized, cased } = word;
    const phrases = this.gazetteer.phrasesStartingWith(lowerText);
    return { lower, lowerText, shortShape, capitalized, cased, slot, phrases, phrasesAfter: phraseIndex(phrases) };
  }
}
