/**
 * Scores the shipped entity models: `npm run eval:ner`. Exact-span CoNLL F1 on the test splits
 * in `../shared/data` (or $CLAIMX_DATA), tagging the corpora's own tokens, and entity F1 on the
 * seed gold through the whole pipeline.
 */
import { readFileSync, readdirSync } from "node:fs";
import type { LanguageCode } from "../src/schema/record.js";
import { taggerFor } from "../src/entities/load.js";
import { extract } from "../src/pipeline/extract.js";
import { NO_COUNTS, addCounts, countMatches, scores } from "../src/eval/spans.js";
import type { Scores } from "../src/eval/spans.js";
import { scoreTagger } from "../src/entities/evaluate.js";
import { readCorpus } from "./ner-corpus.js";

const TEST_SETS: [LanguageCode, string][] = [
  ["en", "conll2003-en/test.jsonl"],
  ["nl", "conll2002-nl/test.jsonl"],
  ["de", "conll2003-de/test.jsonl"],
  ["de", "germeval2014-de/test.jsonl"],
  ["de", "europarl-de/test.jsonl"],
  ["id", "nergrit-id/test.jsonl"],
  ["id", "idner-news-2k-id/test.jsonl"],
  ["id", "nerp-id/test.jsonl"],
];

function show(name: string, s: Scores): void {
  const pct = (x: number): string => (100 * x).toFixed(2).padStart(6);
  console.log(`${name.padEnd(32)} P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`);
}

const split = process.argv[2] === "dev" ? "dev" : "test";
for (const [language, file] of TEST_SETS) {
  const path = file.replace("test.jsonl", `${split}.jsonl`);
  const tagger = taggerFor(language);
  show(path, scoreTagger(readCorpus(path), (words) => tagger.tag(words)));
}

interface GoldDocument {
  id: string;
  text: string;
  entities: { start: number; end: number; type: string }[];
}

const goldFile = new URL("../fixtures/gold/seeds.gold.jsonl", import.meta.url);
const articles = new URL("../fixtures/articles/", import.meta.url);
const byText = new Map(
  readdirSync(articles).map((name) => [readFileSync(new URL(name, articles), "utf8"), name] as const),
);
let seedCounts = NO_COUNTS;
for (const line of readFileSync(goldFile, "utf8").split("\n").filter(Boolean)) {
  const gold = JSON.parse(line) as GoldDocument;
  if (!byText.has(gold.text)) throw new Error(`${gold.id}: no article in fixtures/articles has its text`);
  const predicted = extract(gold.text).entities.map(({ start, end, type }) => ({ start, end, label: type }));
  const counts = countMatches(gold.entities.map(({ start, end, type }) => ({ start, end, label: type })), predicted, "strict", true);
  show(`seed ${gold.id}`, scores(counts));
  seedCounts = addCounts(seedCounts, counts);
}
show("seed gold overall", scores(seedCounts));
