/**
 * Rewrites entity models of the older formats in the current ones: `npm run convert:models`.
 * `models/ner-<lang>.bin.gz` (format CXNER1: the same rows, gzipped, without the hash table)
 * becomes `models/ner-<lang>.bin` with the same weights, and the `.bin.gz` file is removed;
 * `models/frequency-bands.txt` of the older format (a line of band characters, then the words)
 * is rewritten with the same bands; `models/gazetteer.json` (name lists and country names)
 * becomes `models/gazetteer.txt` and `models/countries.json`. Models retrained by an older `train:ner` convert without
 * training again, and tag the same: weights, scale, transitions and bands are copied, not
 * recomputed. Files already in the current formats are left alone.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { LANGUAGE_CODES } from "../src/schema/languages.js";
import { LABEL_COUNT } from "../src/entities/labels.js";
import { FrequencyBands } from "../src/entities/frequency-bands.js";
import { COUNTRIES_FILE, FREQUENCY_BANDS_FILE, GAZETTEER_FILE, modelFile } from "../src/entities/load.js";
import { Gazetteer, type GazetteerLists } from "../src/entities/gazetteer.js";
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

/** The older bands format: one character per word (its bands plus 0x100), a newline, the words. */
function readOldBands(text: string): Map<string, number> {
  const newline = text.indexOf("\n");
  const words = text.slice(newline + 1).split("\n");
  if (words.length !== newline) throw new Error("older frequency bands file: word and band counts differ");
  return new Map(words.map((word, i) => [word, text.charCodeAt(i) - 0x100]));
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

const bands = readFileSync(FREQUENCY_BANDS_FILE);
const current = ((): boolean => {
  try {
    FrequencyBands.parse(bands);
    return true;
  } catch {
    return false;
  }
})();
if (!current) {
  const words = readOldBands(bands.toString());
  writeFileSync(FREQUENCY_BANDS_FILE, FrequencyBands.fromBands(words).serialize());
  console.log(`${FREQUENCY_BANDS_FILE.pathname}: ${words.size} words in the current format`);
}

const oldGazetteer = new URL("gazetteer.json", GAZETTEER_FILE);
if (existsSync(oldGazetteer)) {
  const { lists, countries } = JSON.parse(readFileSync(oldGazetteer, "utf8")) as { lists: GazetteerLists; countries: Record<string, string> };
  writeFileSync(GAZETTEER_FILE, Gazetteer.fromLists(lists).serialize());
  writeFileSync(COUNTRIES_FILE, JSON.stringify(countries));
  rmSync(oldGazetteer);
  console.log(`${oldGazetteer.pathname} → ${GAZETTEER_FILE.pathname}, ${COUNTRIES_FILE.pathname}`);
}
