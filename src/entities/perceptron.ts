/**
 * Averaged structured perceptron (Collins 2002) over the tagger's features, with Viterbi
 * decoding under the IOB2 constraint. Used by `npm run train:ner`, never at run time.
 */
import { CONTEXT_FEATURE_LIMIT, SENTENCE_END, SHARE_OFFSETS, capitalPattern, capitalPatternFeature, SENTENCE_START, WINDOW, contextFeatures, domainCopy, lexicalFeatures, sentenceCase, shareFeature } from "./features.js";
import type { WordFeatures } from "./features.js";
import type { Gazetteer } from "./gazetteer.js";
import { LABEL_COUNT, labelIndex } from "./labels.js";
import type { TrainedWeights } from "./model.js";
import type { JackknifedShares } from "./name-shares.js";
import { constrainTransitions, viterbi } from "./viterbi.js";

export interface LabelledSentence {
  words: readonly string[];
  /** Label index per word. */
  labels: Uint8Array;
  /** Training domain (1, 2, …) whose feature copies this sentence also fires; 0 or absent: none. */
  domain?: number;
  /** The document the sentence belongs to, where the corpus says; absent: a document of its own. */
  document?: string;
  /**
   * The part (`sharePart`) of a sentence whose words the name shares count; absent: the sentence
   * sees the shares of all the training text.
   */
  part?: number;
}

/**
 * Sentences from JSON lines of `{"id", "tokens": [...], "tags": [IOB2 …]}`, the corpora's
 * format. An id `…-d0012-s003` is sentence 3 of document 12.
 */
export function parseLabelledLines(text: string): LabelledSentence[] {
  return text
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as { id?: string; tokens: string[]; tags: string[] })
    .map(({ id, tokens, tags }) => {
      const document = /^(.*-d\d+)-s\d+$/.exec(id ?? "")?.[1];
      return { words: tokens, labels: Uint8Array.from(tags, labelIndex), ...(document ? { document } : {}) };
    });
}

export interface TrainingOptions {
  epochs: number;
  /** Features seen fewer times than this in training are dropped. */
  minCount: number;
  /** Share of the feature occurrences left out of each training update (0: none). */
  dropout?: number;
  /** Seed of the sentence shuffle, so training is reproducible. */
  seed: number;
  /** The language of the sentences, where its words get features of their own (`lexicalFeatures`). */
  language?: string;
  /** The name shares of the training text (`jackknifedShares`), where the language has them. */
  shares?: JackknifedShares;
  /** Called after each epoch with the weights so far (averaged), e.g. to score a dev split. */
  afterEpoch?: (epoch: number, weights: TrainedWeights) => void;
}

interface Featurized {
  /** Feature row indices of all tokens, token after token. */
  rows: Int32Array;
  /** Token t's rows are `rows[starts[t] … starts[t + 1])`. */
  starts: Int32Array;
  gold: Uint8Array;
}

/** Every feature hash of every token of a sentence, in token order. */
function sentenceHashes(
  { words, domain = 0, part }: LabelledSentence,
  gazetteer: Gazetteer,
  { language, shares }: TrainingOptions,
  cache: Map<string, WordFeatures>,
): { hashes: number[]; starts: number[] } {
  const features = words.map((word) => {
    let found = cache.get(word);
    if (!found) {
      found = lexicalFeatures(word, gazetteer, language);
      cache.set(word, found);
    }
    return found;
  });
  const phrases = new Uint8Array(words.length);
  const lower = features.map((word) => word.lowerText);
  gazetteer.label(lower, lower.map((word) => gazetteer.phrasesStartingWith(word)), phrases);
  const counted = shares && (part ? shares.withoutPart[part - 1] : shares.all);
  const codes = Uint8Array.from(lower, (word) => counted?.of(word) ?? 0);
  const casing = sentenceCase(features);
  const hashes: number[] = [];
  const starts: number[] = [];
  const context = new Uint32Array(CONTEXT_FEATURE_LIMIT);
  for (let i = 0; i < words.length; i++) {
    starts.push(hashes.length);
    for (let offset = -WINDOW; offset <= WINDOW; offset++) {
      const j = i + offset;
      const word = j < 0 ? SENTENCE_START : j >= words.length ? SENTENCE_END : (features[j] as WordFeatures);
      for (const hash of word.byOffset[offset + WINDOW] as Uint32Array) hashes.push(hash);
    }
    const count = contextFeatures(features, words.length, i, casing, phrases, context);
    for (let k = 0; k < count; k++) hashes.push(context[k] as number);
    for (const offset of SHARE_OFFSETS) {
      const j = i + offset;
      const code = j >= 0 && j < words.length ? (codes[j] as number) : 0;
      if (code) hashes.push(shareFeature(code, offset, (features[j] as WordFeatures).capitalized));
    }
    hashes.push(capitalPatternFeature(capitalPattern(features, words.length, i)));
    if (domain) {
      const end = hashes.length;
      for (let k = starts[i] as number; k < end; k++) hashes.push(domainCopy(hashes[k] as number, domain));
    }
  }
  starts.push(hashes.length);
  return { hashes, starts };
}

/** Deterministic pseudo-random numbers (mulberry32) for the shuffle. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function trainPerceptron(sentences: readonly LabelledSentence[], gazetteer: Gazetteer, options: TrainingOptions): TrainedWeights {
  const cache = new Map<string, WordFeatures>();
  const raw = sentences.map((sentence) => sentenceHashes(sentence, gazetteer, options, cache));
  const counts = new Map<number, number>();
  for (const { hashes } of raw) for (const hash of hashes) counts.set(hash, (counts.get(hash) ?? 0) + 1);
  const rowOf = new Map<number, number>();
  const keys: number[] = [];
  for (const [hash, count] of counts) {
    if (count < options.minCount) continue;
    rowOf.set(hash, keys.length);
    keys.push(hash);
  }
  const data: Featurized[] = raw.map(({ hashes, starts }, s) => {
    const rows: number[] = [];
    const kept: number[] = [];
    for (let t = 0; t + 1 < starts.length; t++) {
      kept.push(rows.length);
      for (let k = starts[t] as number; k < (starts[t + 1] as number); k++) {
        const row = rowOf.get(hashes[k] as number);
        if (row !== undefined) rows.push(row);
      }
    }
    kept.push(rows.length);
    return { rows: Int32Array.from(rows), starts: Int32Array.from(kept), gold: (sentences[s] as LabelledSentence).labels };
  });

  const L = LABEL_COUNT;
  const weights = new Float32Array(keys.length * L);
  const updates = new Float32Array(keys.length * L);
  const transitions = new Float32Array((L + 1) * L);
  const transitionUpdates = new Float32Array((L + 1) * L);
  let step = 1;
  const averaged = (): TrainedWeights => {
    const average = (w: Float32Array, u: Float32Array): Float32Array => w.map((value, k) => value - (u[k] as number) / step);
    return { keys: Uint32Array.from(keys), weights: average(weights, updates), transitions: average(transitions, transitionUpdates) };
  };
  const bump = (w: Float32Array, u: Float32Array, at: number, delta: number): void => {
    w[at] = (w[at] as number) + delta;
    u[at] = (u[at] as number) + step * delta;
  };

  const order = data.map((_, k) => k);
  const next = random(options.seed);
  const dropout = options.dropout ?? 0;
  const dropNext = random(options.seed + 1);
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    for (let k = order.length - 1; k > 0; k--) {
      const other = Math.floor(next() * (k + 1));
      [order[k], order[other]] = [order[other] as number, order[k] as number];
    }
    for (const index of order) {
      const { rows, starts, gold } = data[index] as Featurized;
      const n = gold.length;
      if (n === 0) continue;
      const emissions = new Float32Array(n * L);
      let active = rows;
      if (dropout > 0) {
        active = rows.slice();
        for (let k = 0; k < active.length; k++) if (dropNext() < dropout) active[k] = -1;
      }
      for (let t = 0; t < n; t++) {
        for (let k = starts[t] as number; k < (starts[t + 1] as number); k++) {
          if ((active[k] as number) < 0) continue;
          const base = (active[k] as number) * L;
          for (let y = 0; y < L; y++) emissions[t * L + y] = (emissions[t * L + y] as number) + (weights[base + y] as number);
        }
      }
      const predicted = new Uint8Array(n);
      viterbi(emissions, n, constrainTransitions(transitions), predicted);
      for (let t = 0; t < n; t++) {
        const g = gold[t] as number;
        const p = predicted[t] as number;
        const gPrev = t === 0 ? L : (gold[t - 1] as number);
        const pPrev = t === 0 ? L : (predicted[t - 1] as number);
        if (g !== p) {
          for (let k = starts[t] as number; k < (starts[t + 1] as number); k++) {
            if ((active[k] as number) < 0) continue;
            const base = (active[k] as number) * L;
            bump(weights, updates, base + g, 1);
            bump(weights, updates, base + p, -1);
          }
        }
        if (g !== p || gPrev !== pPrev) {
          bump(transitions, transitionUpdates, gPrev * L + g, 1);
          bump(transitions, transitionUpdates, pPrev * L + p, -1);
        }
      }
      step++;
    }
    options.afterEpoch?.(epoch, averaged());
  }
  return averaged();
}

/**
 * Weights for text of one training domain: each general feature gets the weights of its copy
 * in `target`, and the copies of every domain are left out, so tagging needs no domain at all.
 */
export function foldDomain(trained: TrainedWeights, target: number, domainCount: number): TrainedWeights {
  const L = LABEL_COUNT;
  const rowOf = new Map<number, number>();
  trained.keys.forEach((key, row) => rowOf.set(key, row));
  const copies = new Set<number>();
  for (const key of trained.keys) for (let domain = 1; domain <= domainCount; domain++) copies.add(domainCopy(key, domain));
  const kept = [...trained.keys.keys()].filter((row) => !copies.has(trained.keys[row] as number));
  const weights = new Float32Array(kept.length * L);
  kept.forEach((row, k) => {
    const copy = rowOf.get(domainCopy(trained.keys[row] as number, target));
    for (let y = 0; y < L; y++) {
      weights[k * L + y] = (trained.weights[row * L + y] as number) + (copy === undefined ? 0 : (trained.weights[copy * L + y] as number));
    }
  });
  return { keys: Uint32Array.from(kept, (row) => trained.keys[row] as number), weights, transitions: trained.transitions };
}

/**
 * The mean of perceptrons trained on the same sentences with different shuffle seeds: they
 * share their feature rows (which features are kept does not depend on the seed), so their
 * weights are averaged row by row.
 */
export function averageWeights(members: readonly TrainedWeights[]): TrainedWeights {
  const [first] = members;
  if (!first) throw new Error("no weights to average");
  const mean = (of: (member: TrainedWeights) => Float32Array): Float32Array => {
    const sum = new Float32Array(of(first).length);
    for (const member of members) {
      if (member.keys.length !== first.keys.length) throw new Error("the members have different feature rows");
      of(member).forEach((value, k) => (sum[k] = (sum[k] as number) + value / members.length));
    }
    return sum;
  };
  return { keys: first.keys, weights: mean((member) => member.weights), transitions: mean((member) => member.transitions) };
}
