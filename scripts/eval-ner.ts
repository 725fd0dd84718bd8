/**
 * Scores the shipped entity models: `npm run eval:ner`. Exact-span CoNLL F1 on the test splits
 * in `../shared/data` (or $CLAIMX_DATA), tagging the corpora's own tokens, and entity F1 on the
 * seed gold through the whole pipeline; for comparison, compromise alone on the English test split.
 */
import { readFileSync, readdirSync } from "node:fs";
import nlp from "compromise";
import type { LanguageCode } from "../src/schema/record.js";
import { taggerFor } from "../src/entities/load.js";
import { extract } from "../src/pipeline/extract.js";
import { NO_COUNTS, addCounts, countMatches, scores } from "../src/eval/spans.js";
import type { Scores } from "../src/eval/spans.js";
import { scoreTagger } from "../src/entities/evaluate.js";
import { labelsToSpans } from "../src/entities/labels.js";
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

/** Token spans that compromise finds for people, places and organisations in a tokenized sentence. */
function compromiseSpans(words: readonly string[]): { start: number; end: number; label: string }[] {
  const text = words.join(" ");
  const tokenAt = new Map<number, number>();
  let at = 0;
  words.forEach((word, k) => {
    tokenAt.set(at, k);
    at += word.length + 1;
  });
  const document = nlp(text);
  const found: { start: number; end: number; label: string }[] = [];
  const kinds: [string, { json(options: object): { offset: { start: number; length: number } }[] }][] = [
    ["PER", document.people()],
    ["LOC", document.places()],
    ["ORG", document.organizations()],
  ];
  for (const [label, view] of kinds) {
    for (const { offset } of view.json({ offset: true })) {
      const first = tokenAt.get(offset.start);
      if (first === undefined) continue;
      let end = first;
      while (end < words.length && (tokenAt.get(end) ?? Infinity) < offset.start + offset.length) end++;
      // compromise keeps trailing punctuation in its matches; CoNLL spans do not.
      while (end > first && !/[\p{L}\p{N}]/u.test(words[end - 1] as string)) end--;
      if (end > first) found.push({ start: first, end, label });
    }
  }
  return found;
}

let compromiseCounts = NO_COUNTS;
let withoutMisc = NO_COUNTS;
for (const sentence of readCorpus(`conll2003-en/${split}.jsonl`)) {
  const gold = labelsToSpans(sentence.labels).map(({ start, end, type }) => ({ start, end, label: type }));
  const predicted = compromiseSpans(sentence.words);
  compromiseCounts = addCounts(compromiseCounts, countMatches(gold, predicted, "strict", true));
  withoutMisc = addCounts(withoutMisc, countMatches(gold.filter((span) => span.label !== "MISC"), predicted, "strict", true));
}
show(`compromise alone, conll2003-en/${split}`, scores(compromiseCounts));
// compromise has no MISC: its score on the other three types alone.
show(`  same, PER/ORG/LOC gold only`, scores(withoutMisc));
