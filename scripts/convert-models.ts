/**
 * Rewrites entity models of the older format in the current one: `npm run convert:models`.
 * `models/ner-<lang>.bin.gz` (format CXNER1: the same rows, gzipped, without the hash table)
 * becomes `models/ner-<lang>.bin` with the same weights, and the `.bin.gz` file is removed. A
 * model retrained by an older `train:ner` converts without training again; the tags are the
 * same, as the weights, scale and transitions are copied, not recomputed.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { LANGUAGE_CODES } from "../src/schema/languages.js";
import { LABEL_COUNT } from "../src/entities/labels.js";
import { modelFile } from "../src/entities/load.js";
import { encodeModel, type ModelCard, type QuantizedWeights } from "../src/entities/model.js";

const OLD_MAGIC = "CXNER1";

/** The CXNER1 layout: magic, header length, JSON header, padding to 4, keys, transitions, weights. */
function readOldModel(file: Buffer): { card: ModelCard; weights: QuantizedWeights } {
  const bytes = gunzipSync(file);
  if (bytes.subarray(0, OLD_MAGIC.length).toString() !== OLD_MAGIC) throw new Error(`not a ${OLD_MAGIC} model`);
  const headerLength = bytes.readUInt32LE(OLD_MAGIC.length);
  let at = OLD_MAGIC.length + 4;
  const header = JSON.parse(bytes.subarray(at, at + headerLength).toString()) as ModelCard & { scale: number; features: number };
  at += headerLength;
  at += (4 - (at % 4)) % 4;
  // Copies: the unzipped bytes need not be aligned for 4-byte arrays.
  const slice = (length: number): ArrayBuffer => bytes.buffer.slice(bytes.byteOffset + at, bytes.byteOffset + (at += length));
  const keys = new Uint32Array(slice(header.features * 4));
  const transitions = new Float32Array(slice((LABEL_COUNT + 1) * LABEL_COUNT * 4));
  const weights = new Int8Array(slice(header.features * LABEL_COUNT));
  if (at !== bytes.length) throw new Error(`${OLD_MAGIC} model has the wrong length`);
  return { card: { language: header.language, trainedOn: header.trainedOn, labels: header.labels }, weights: { keys, weights, scale: header.scale, transitions } };
}

for (const language of LANGUAGE_CODES) {
  const target = modelFile(language);
  const old = new URL(`${target.href}.gz`);
  if (!existsSync(old)) continue;
  const { card, weights } = readOldModel(readFileSync(old));
  const file = encodeModel(card, weights);
  writeFileSync(target, file);
  rmSync(old);
  console.log(`${language}: ${old.pathname} → ${target.pathname} (${(file.length / 1e6).toFixed(2)} MB, ${weights.keys.length} feature rows)`);
}
