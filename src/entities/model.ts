/**
 * The shipped model format: per language one gzipped binary file in `models/`, holding the
 * feature hashes, their weights quantized to 8 bits with one scale, and the label transition
 * scores. Feature rows whose weights all round to zero are left out when the model is written.
 */
import { gunzipSync, gzipSync } from "node:zlib";
import { LABELS, LABEL_COUNT } from "./labels.js";
import { constrainTransitions } from "./viterbi.js";

/** Labels per weight row, read once: hot loops below use it per token. */
const L = LABEL_COUNT;

const MAGIC = "CXNER1";

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
  private readonly slots: Int32Array;
  private readonly mask: number;

  constructor(
    readonly card: ModelCard,
    private readonly keys: Uint32Array,
    private readonly weights: Int8Array,
    private readonly scale: number,
    transitions: Float32Array,
  ) {
    this.transitions = constrainTransitions(transitions);
    let size = 1;
    while (size < keys.length * 2) size <<= 1;
    this.mask = size - 1;
    this.slots = new Int32Array(size).fill(-1);
    for (let row = 0; row < keys.length; row++) {
      let slot = (keys[row] as number) & this.mask;
      while (this.slots[slot] !== -1) slot = (slot + 1) & this.mask;
      this.slots[slot] = row;
    }
  }

  get featureCount(): number {
    return this.keys.length;
  }

  /** Adds the weights of feature `hash` to `scores[at … at + L)`. */
  addWeights(hash: number, scores: Float32Array, at: number): void {
    let slot = hash & this.mask;
    for (;;) {
      const row = this.slots[slot] as number;
      if (row === -1) return;
      if (this.keys[row] === hash) {
        const base = row * L;
        for (let y = 0; y < L; y++) scores[at + y] = (scores[at + y] as number) + (this.weights[base + y] as number) * this.scale;
        return;
      }
      slot = (slot + 1) & this.mask;
    }
  }
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
  const header = Buffer.from(JSON.stringify({ ...card, labels: LABELS, scale, features: rows.length }));
  const headerLength = Buffer.alloc(4);
  headerLength.writeUInt32LE(header.length);
  const padding = Buffer.alloc((4 - ((MAGIC.length + 4 + header.length) % 4)) % 4);
  return gzipSync(
    Buffer.concat([
      Buffer.from(MAGIC),
      headerLength,
      header,
      padding,
      Buffer.from(keys.buffer),
      Buffer.from(trained.transitions.buffer, trained.transitions.byteOffset, trained.transitions.byteLength),
      Buffer.from(weights.buffer),
    ]),
    { level: 9 },
  );
}

export function parseModel(file: Buffer): NerModel {
  const bytes = gunzipSync(file);
  if (bytes.subarray(0, MAGIC.length).toString() !== MAGIC) throw new Error("not a claimx entity model");
  const headerLength = bytes.readUInt32LE(MAGIC.length);
  let at = MAGIC.length + 4;
  const header = JSON.parse(bytes.subarray(at, at + headerLength).toString()) as ModelCard & { scale: number; features: number };
  if (header.labels.join() !== LABELS.join()) throw new Error("entity model labels do not match this version");
  at += headerLength;
  at += (4 - (at % 4)) % 4;
  // Copies keep the typed arrays aligned whatever the pool offset of the unzipped buffer.
  const keys = new Uint32Array(bytes.buffer.slice(bytes.byteOffset + at, bytes.byteOffset + at + header.features * 4));
  at += header.features * 4;
  const transitionBytes = (L + 1) * L * 4;
  const transitions = new Float32Array(bytes.buffer.slice(bytes.byteOffset + at, bytes.byteOffset + at + transitionBytes));
  at += transitionBytes;
  const weights = new Int8Array(bytes.buffer.slice(bytes.byteOffset + at, bytes.byteOffset + at + header.features * L));
  const card: ModelCard = { language: header.language, trainedOn: header.trainedOn, labels: header.labels };
  return new NerModel(card, keys, weights, header.scale, transitions);
}
