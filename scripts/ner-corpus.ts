/** Reads the NER corpora of `../shared/data` (JSON lines, optionally gzipped). */
import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { join, resolve } from "node:path";
import { parseLabelledLines } from "../src/entities/perceptron.js";
import type { LabelledSentence } from "../src/entities/perceptron.js";

export const DATA_DIR = resolve(process.env.CLAIMX_DATA ?? join(import.meta.dirname, "../../shared/data"));

export function readCorpus(file: string): LabelledSentence[] {
  const path = join(DATA_DIR, file);
  const bytes = readFileSync(path);
  return parseLabelledLines((path.endsWith(".gz") ? gunzipSync(bytes) : bytes).toString("utf8"));
}
