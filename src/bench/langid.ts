/**
 * Language-identification benchmark: claimx's language stage beside franc (all languages),
 * franc restricted to the four pack languages and eld, on the same texts in the same run.
 *
 *   npm run bench -- langid        (test split and mixed documents)
 *   npm run bench -- langid-dev    (the development split, the only one to tune on)
 *
 * The folder `langid/` of the shared data holds `test.jsonl`, `dev.jsonl` and
 * `mixed_test.jsonl` as described in its README. Reports Markdown tables.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Benchmark, BenchContext } from "./benchmark.js";
import { francAll } from "franc";
import { eld } from "eld/large";
import { identifyLanguage } from "../language/identify.js";
import { stretchesOf } from "../language/stretches.js";
import { PACKS } from "../packs/registry.js";
import type { LanguageSegment } from "../schema/record.js";

interface Item {
  lang: string;
  text: string;
  kind: string;
}

interface MixedDocument {
  lang: string;
  text: string;
  segments: { start: number; end: number; lang: string }[];
}

const FOUR = PACKS.map((pack) => pack.code as string);

/** ISO 639-3 as franc answers to the data's codes (639-1 where one exists). */
const FROM_FRANC: Record<string, string> = {
  nld: "nl", deu: "de", eng: "en", ind: "id", afr: "af", zlm: "ms", zsm: "ms", fry: "fy", ltz: "lb", nds: "nds", gsw: "gsw",
};

const SYSTEMS: Record<string, (text: string) => string> = {
  claimx: (text) => identifyLanguage(text, "auto").code,
  "franc (all)": (text) => fromFranc(francAll(text, { minLength: 1 })[0]?.[0]),
  "franc (nl/de/en/id)": (text) => fromFranc(francAll(text, { minLength: 1, only: PACKS.map((p) => p.francCode) })[0]?.[0]),
  // eld has no Indonesian model and answers `ms` for it, so `ms` is counted as `id`.
  "eld (ms→id)": (text) => {
    const code = eld.detect(text).language;
    return code === "ms" ? "id" : code || "und";
  },
};

function fromFranc(code: string | undefined): string {
  return (code && FROM_FRANC[code]) ?? code ?? "und";
}

const BANDS: Record<string, (item: Item) => boolean> = {
  "single words": (item) => item.kind === "word",
  "word pairs": (item) => item.kind === "word_pair",
  "sentences (sentence + tatoeba)": (item) => item.kind === "sentence" || item.kind === "tatoeba",
  "paragraphs (long + udhr)": (item) => item.kind === "long" || item.kind === "udhr",
  "texts of 200+ characters": (item) => item.text.length >= 200,
  all: () => true,
};

export const langidBenchmark: Benchmark = {
  name: "langid",
  description: "language identification beside franc (all), franc (nl/de/en/id) and eld, test split and mixed documents",
  run: (context) => report(context, false),
};

export const langidDevBenchmark: Benchmark = {
  name: "langid-dev",
  description: "language identification on the development split",
  run: (context) => report(context, true),
};

/** The report's lines, in order. */
let lines: string[] = [];
const print = (line = "") => void lines.push(line);

function report(context: BenchContext, dev: boolean): string {
  lines = [];
  const folder = context.dataDir ? join(context.dataDir, "langid") : null;
  const split = folder && join(folder, dev ? "dev.jsonl" : "test.jsonl");
  if (!folder || !split || !existsSync(split)) return "skipped: the language-identification data (langid/test.jsonl) is not in the shared data folder";
  const items = readJsonLines<Item>(split);
  print(`# Language identification on ${split} (${items.length} texts)\n`);

  const answers: Record<string, string[]> = {};
  for (const [name, system] of Object.entries(SYSTEMS)) answers[name] = items.map((item) => system(item.text));

  const inFour = items.map((item, i) => [item, i] as const).filter(([item]) => FOUR.includes(item.lang));
  printAccuracy("Accuracy over nl/de/en/id by length band", Object.keys(BANDS), (band) => inFour.filter(([item]) => BANDS[band]!(item)), answers);
  const kinds = [...new Set(items.map((item) => item.kind))].sort();
  printAccuracy("Accuracy over nl/de/en/id by kind", kinds, (kind) => inFour.filter(([item]) => item.kind === kind), answers);
  printAccuracy("Accuracy over nl/de/en/id by language", FOUR, (lang) => inFour.filter(([item]) => item.lang === lang), answers);
  printConfusers(items, answers.claimx!);
  printSpeed("all texts", items.map((item) => item.text));
  printSpeed("texts of 200+ characters", items.map((item) => item.text).filter((text) => text.length >= 200));

  const mixed = join(folder, "mixed_test.jsonl");
  if (!dev && existsSync(mixed)) printSegments(readJsonLines<MixedDocument>(mixed));
  return lines.join("\n");
}

function readJsonLines<T>(path: string): T[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as T);
}

function printAccuracy(
  title: string,
  rows: string[],
  select: (row: string) => (readonly [Item, number])[],
  answers: Record<string, string[]>,
): void {
  const systems = Object.keys(answers);
  print(`## ${title}\n`);
  print(`| | n | ${systems.join(" | ")} |`);
  print(`|---|---|${systems.map(() => "---").join("|")}|`);
  for (const row of rows) {
    const selected = select(row);
    if (selected.length === 0) continue;
    const cells = systems.map((system) => percent(selected.filter(([item, i]) => answers[system]![i] === item.lang).length, selected.length));
    print(`| ${row} | ${selected.length} | ${cells.join(" | ")} |`);
  }
  print();
}

/** What claimx answers for texts in languages it has no pack for. */
function printConfusers(items: Item[], answers: string[]): void {
  const codes = ["und", ...FOUR];
  const confusers = [...new Set(items.map((item) => item.lang))].filter((lang) => !FOUR.includes(lang)).sort();
  print("## claimx's answers for the confuser languages\n");
  print(`| gold | n | ${codes.join(" | ")} |`);
  print(`|---|---|${codes.map(() => "---").join("|")}|`);
  for (const lang of confusers) {
    const mine = answers.filter((_, i) => items[i]!.lang === lang);
    print(`| ${lang} | ${mine.length} | ${codes.map((code) => percent(mine.filter((a) => a === code).length, mine.length)).join(" | ")} |`);
  }
  print();
}

/** Throughput of each system, timed on a second pass so that every one runs warmed up. */
function printSpeed(title: string, texts: string[]): void {
  const megabytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0) / 1e6;
  print(`## Speed on ${title} (${texts.length} texts, ${megabytes.toFixed(2)} MB, one core)\n`);
  print("| system | seconds | MB/s |\n|---|---|---|");
  for (const [name, system] of Object.entries(SYSTEMS)) {
    const started = performance.now();
    for (const text of texts) system(text);
    const seconds = (performance.now() - started) / 1000;
    print(`| ${name} | ${seconds.toFixed(2)} | ${(megabytes / seconds).toFixed(2)} |`);
  }
  print();
}

/**
 * Mixed-language documents: the document code, the share of characters whose segment has
 * the gold language, documents with as many segments as the gold, and gold boundaries with a
 * found boundary no more than one sentence away.
 */
function printSegments(documents: MixedDocument[]): void {
  let codes = 0;
  let agreeing = 0;
  let characters = 0;
  let counts = 0;
  let boundaries = 0;
  let matched = 0;
  const found = documents.map((doc) => identifyLanguage(doc.text, "auto"));
  const started = performance.now();
  for (const doc of documents) identifyLanguage(doc.text, "auto");
  const seconds = (performance.now() - started) / 1000;
  documents.forEach((doc, d) => {
    const language = found[d]!;
    if (language.code === doc.lang) codes++;
    for (const gold of doc.segments) {
      characters += gold.end - gold.start;
      for (const mine of language.segments) {
        if (mine.code === gold.lang) agreeing += Math.max(0, Math.min(mine.end, gold.end) - Math.max(mine.start, gold.start));
      }
    }
    if (language.segments.length === doc.segments.length) counts++;
    const sentenceStarts = stretchesOf(doc.text).map((s) => s.start);
    for (const gold of doc.segments.slice(1)) {
      boundaries++;
      if (language.segments.slice(1).some((mine) => withinOneSentence(mine, gold.start, sentenceStarts))) matched++;
    }
  });
  const megabytes = documents.reduce((sum, doc) => sum + Buffer.byteLength(doc.text), 0) / 1e6;
  print(`## claimx on ${documents.length} mixed-language documents (mixed_test.jsonl)\n`);
  print("| measure | value |\n|---|---|");
  print(`| document code correct | ${percent(codes, documents.length)} |`);
  print(`| characters in a segment of the gold language | ${percent(agreeing, characters)} |`);
  print(`| documents with the gold number of segments | ${percent(counts, documents.length)} |`);
  print(`| gold boundaries matched within one sentence | ${percent(matched, boundaries)} (${matched}/${boundaries}) |`);
  print(`| speed (second pass) | ${(megabytes / seconds).toFixed(2)} MB/s |`);
  print();
}

function withinOneSentence(segment: LanguageSegment, boundary: number, sentenceStarts: number[]): boolean {
  const [low, high] = segment.start < boundary ? [segment.start, boundary] : [boundary, segment.start];
  return sentenceStarts.filter((start) => start > low && start < high).length <= 1;
}

function percent(count: number, total: number): string {
  return total === 0 ? "–" : `${((100 * count) / total).toFixed(2)}%`;
}

