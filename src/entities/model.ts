/**
 * The shipped model format: per language one binary file in `models/`, holding the feature
 * hashes, the label transition scores, the hash table that finds a feature's row, and the
 * weights quantized to 8 bits with one scale. Feature rows whose weights all round to zero are
 * left out when the model is written.
 *
 * The file is laid out as the tagger uses it, uncompressed: loading is one read and typed-array
 * views onto it. Unzipping, copying and rebuilding the hash table took about 15 ms of CPU
 * (the German model; up to 40 ms on a busy machine) before the first article could be tagged.
 */
import { LABELS, LABEL_COUNT } from "./labels.js";
import { constrainTransitions } from "./viterbi.js";
import { FeatureFilter } from "./feature-filter.js";

/** Labels per weight row, read once: hot loops below use it per token. */
const L = LABEL_COUNT;

/** `CXNER1` was the same rows gzipped, without the hash table (`scripts/convert-models.ts`). */
const MAGIC = "CXNER2";

export interface ModelCard {
  language: string;
  /** Corpora the weights were trained on. */
  trainedOn: string[];
  labels: readonly string[];
}

export interface TrainedWeights {
  /** Feature hash per row. */
  keys: Uint32Array;
  /** `keys.length × L` weights. */
  weights: Float32Array;
  /** `(L + 1) × L`: previous label (last row: sentence start) → label. */
  transitions: Float32Array;
}

export class NerModel {
  readonly transitions: Float32Array;
  private readonly mask: number;
  /** The feature hashes' 32 bits read as signed integers, as `addWeights` is given them. */
  private readonly signedKeys: Int32Array;
  /** Rules out nothing until `filterFeatures`. */
  private filter = FeatureFilter.none();

  /** @param slots the hash table of `keys` that `slotTable` builds */
  constructor(
    readonly card: ModelCard,
    keys: Uint32Array,
    private readonly slots: Int32Array,
    private readonly weights: Int8Array,
    private readonly scale: number,
    transitions: Float32Array,
  ) {
    this.transitions = constrainTransitions(transitions);
    this.mask = slots.length - 1;
    this.signedKeys = new Int32Array(keys.buffer, keys.byteOffset, keys.length);
  }

  /** Builds the filter that spares most look-ups of features the model does not hold (`FeatureFilter`). */
  filterFeatures(): void {
    this.filter = new FeatureFilter(this.signedKeys);
  }

  get featureCount(): number {
    return this.signedKeys.length;
  }

  /**
   * Adds the weights of feature `hash` to `scores[at … at + L)`.
   * @param hash the feature's 32 bits as a signed integer (`hash | 0`): callers in the tagger's
   *   loops read them from `Int32Array`s, so the hash passes as a small integer, where half of
   *   all unsigned hashes (2³¹ and up) became a heap number per call (3 of the 84 MB that a
   *   pass over 0.42 MB of news allocated)
   */
  addWeights(hash: number, scores: Float32Array, at: number): void {
    const signed = hash | 0;
    if (!this.filter.mayHold(signed)) return;
    let slot = signed & this.mask;
    for (;;) {
      const row = this.slots[slot] as number;
      if (row === -1) return;
      if (this.signedKeys[row] === signed) {
        const base = row * L;
        for (let y = 0; y < L; y++) scores[at + y] = (scores[at + y] as number) + (this.weights[base + y] as number) * this.scale;
        return;
      }
      slot = (slot + 1) & this.mask;
    }
  }
}

/**
 * Open addressing with linear probing: per slot the row of a feature hash, or −1. A power of two
 * at least twice the rows keeps probes short.
 */
function slotTable(keys: Uint32Array): Int32Array {
  let size = 1;
  while (size < keys.length * 2) size <<= 1;
  const mask = size - 1;
  const slots = new Int32Array(size).fill(-1);
  for (let row = 0; row < keys.length; row++) {
    let slot = (keys[row] as number) & mask;
    while (slots[slot] !== -1) slot = (slot + 1) & mask;
    slots[slot] = row;
  }
  return slots;
}

/** Weights as shipped: 8-bit integers that one scale turns back into scores. */
export interface QuantizedWeights {
  keys: Uint32Array;
  /** `keys.length × L`. */
  weights: Int8Array;
  scale: number;
  transitions: Float32Array;
}

export function serializeModel(card: ModelCard, trained: TrainedWeights): Buffer {
  let largest = 0;
  for (const w of trained.weights) largest = Math.max(largest, Math.abs(w));
  const scale = largest / 127 || 1;
  const rows: number[] = [];
  for (let row = 0; row < trained.keys.length; row++) {
    for (let y = 0; y < L; y++) {
      if (Math.round((trained.weights[row * L + y] as number) / scale) !== 0) {
        rows.push(row);
        break;
      }
    }
  }
  const keys = new Uint32Array(rows.length);
  const weights = new Int8Array(rows.length * L);
  rows.forEach((row, k) => {
    keys[k] = trained.keys[row] as number;
    for (let y = 0; y < L; y++) weights[k * L + y] = Math.round((trained.weights[row * L + y] as number) / scale);
  });
  return encodeModel(card, { keys, weights, scale, transitions: trained.transitions });
}

/** The bytes of the model file. */
export function encodeModel(card: ModelCard, { keys, weights, scale, transitions }: QuantizedWeights): Buffer {
  const slots = slotTable(keys);
  const header = Buffer.from(JSON.stringify({ ...card, labels: LABELS, scale, features: keys.length, slots: slots.length }));
  const headerLength = Buffer.alloc(4);
  headerLength.writeUInt32LE(header.length);
  const padding = Buffer.alloc((4 - ((MAGIC.length + 4 + header.length) % 4)) % 4);
  const bytesOf = (array: Uint32Array | Int32Array | Float32Array | Int8Array): Buffer => Buffer.from(array.buffer, array.byteOffset, array.byteLength);
  return Buffer.concat([Buffer.from(MAGIC), headerLength, header, padding, bytesOf(keys), bytesOf(transitions), bytesOf(slots), bytesOf(weights)]);
}

/** The model in `file`. Its arrays are views onto the file's bytes, which must not change afterwards. */
export function parseModel(file: Uint8Array): NerModel {
  // Typed arrays need their element size's alignment; a file read on its own starts a buffer.
  const bytes = file.byteOffset % 4 === 0 ? file : new Uint8Array(file);
  const text = (from: number, to: number): string => Buffer.from(bytes.buffer, bytes.byteOffset + from, to - from).toString();
  if (text(0, MAGIC.length) !== MAGIC) throw new Error(`not a claimx entity model in the ${MAGIC} format (older models: npm run convert:models)`);
  const headerLength = new DataView(bytes.buffer, bytes.byteOffset + MAGIC.length, 4).getUint32(0, true);
  let at = MAGIC.length + 4;
  const header = JSON.parse(text(at, at + headerLength)) as ModelCard & { scale: number; features: number; slots: number };
  if (header.labels.join() !== LABELS.join()) throw new Error("entity model labels do not match this version");
  at += headerLength;
  at += (4 - (at % 4)) % 4;
  if (bytes.byteLength !== at + header.features * 4 + (L + 1) * L * 4 + header.slots * 4 + header.features * L) throw new Error("entity model file has the wrong length");
  const keys = new Uint32Array(bytes.buffer, bytes.byteOffset + at, header.features);
  at += keys.byteLength;
  const transitions = new Float32Array(bytes.buffer, bytes.byteOffset + at, (L + 1) * L);
  at += transitions.byteLength;
  const slots = new Int32Array(bytes.buffer, bytes.byteOffset + at, header.slots);
  at += slots.byteLength;
  const weights = new Int8Array(bytes.buffer, bytes.byteOffset + at, header.features * L);
  const card: ModelCard = { language: header.language, trainedOn: header.trainedOn, labels: header.labels };
  return new NerModel(card, keys, slots, weights, header.scale, transitions);
}
