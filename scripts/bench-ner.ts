/**
 * Speed of the entity stage: `npm run bench:ner`. Rates are per second of this process's CPU
 * time, so that other work on a shared machine slows the numbers down less than wall time would. Model load time per language, tagging speed
 * on the corpora's test tokens (one core, cold then warm word cache), and `findEntities` on the
 * seed articles from raw text (tokenization, tagging, products, canonical names).
 */
import { readFileSync, readdirSync } from "node:fs";
import { performance } from "node:perf_hooks";
import type { LanguageCode } from "../src/schema/record.js";
import { findEntities } from "../src/entities/find.js";
import { taggerFor } from "../src/entities/load.js";
import { tokenize } from "../src/entities/tokenize.js";
import { findReferenceDate } from "../src/document/reference-date.js";
import { identifyLanguage } from "../src/language/identify.js";
import { splitSentences } from "../src/sentences/split.js";
import type { Analysis } from "../src/pipeline/analysis.js";
import { readCorpus } from "./ner-corpus.js";

/** CPU seconds (user + system) this process has used. */
function cpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

const CORPORA: [LanguageCode, string][] = [
  ["en", "conll2003-en/test.jsonl"],
  ["nl", "conll2002-nl/test.jsonl"],
  ["de", "germeval2014-de/test.jsonl"],
  ["id", "nergrit-id/test.jsonl"],
];

for (const [language, file] of CORPORA) {
  const sentences = readCorpus(file);
  const loadStart = performance.now();
  const tagger = taggerFor(language);
  const loadMs = performance.now() - loadStart;
  const tokens = sentences.reduce((sum, s) => sum + s.words.length, 0);
  const rates: string[] = [];
  for (const pass of ["cold", "warm"]) {
    const start = cpuSeconds();
    for (const sentence of sentences) tagger.tag(sentence.words);
    rates.push(`${pass} ${Math.round(tokens / (cpuSeconds() - start)).toLocaleString("en")} tokens/s`);
  }
  console.log(`${language}: model load ${loadMs.toFixed(0)} ms; ${tokens} tokens of ${file}: ${rates.join(", ")}`);
}

const articles = new URL("../fixtures/articles/", import.meta.url);
const analyses: Analysis[] = readdirSync(articles).map((name) => {
  const text = readFileSync(new URL(name, articles), "utf8");
  const language = identifyLanguage(text, "auto");
  const base = { text, referenceDate: findReferenceDate(text), language, sentences: splitSentences(text, language) };
  return { ...base, timexes: [], entities: [] };
});
const rounds = 200;
const chars = analyses.reduce((sum, a) => sum + a.text.length, 0) * rounds;
const tokens = analyses.reduce((sum, a) => sum + tokenize(a.text).length, 0) * rounds;
const start = cpuSeconds();
for (let round = 0; round < rounds; round++) for (const analysis of analyses) findEntities(analysis);
const seconds = cpuSeconds() - start;
console.log(
  `findEntities on the seed articles ×${rounds}: ${Math.round(tokens / seconds).toLocaleString("en")} tokens/s, ${(chars / seconds / 1e6).toFixed(2)} M chars/s`,
);
