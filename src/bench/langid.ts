/**
 * Language-identification benchmark: claimx's language stage beside franc (all languages),
 * franc restricted to the four pack languages and eld, on the same texts in the same run.
 *
 *   node dist/bench/langid.js [langid folder] [--dev]
 *
 * The folder (default `../shared/data/langid`) holds `test.jsonl`, `dev.jsonl` and
 * `mixed_test.jsonl` as described in its README; `--dev` measures on the development split,
 * the only one to tune on. Prints Markdown tables.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
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

function main(): void {
  const args = process.argv.slice(2);
  const dev = args.includes("--dev");
  const folder = args.find((arg) => !arg.startsWith("--")) ?? "../shared/data/langid";
  const split = join(folder, dev ? "dev.jsonl" : "test.jsonl");
  if (!existsSync(split)) {
    console.error(`langid bench: ${split} not found. Pass the folder of the language-identification data (test.jsonl, dev.jsonl, mixed_test.jsonl) as the first argument.`);
    process.exit(1);
  }
  const items = readJsonLines<Item>(split);
  console.log(`# Language identification on ${split} (${items.length} texts)\n`);

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
  console.log(`## ${title}\n`);
  console.log(`| | n | ${systems.join(" | ")} |`);
  console.log(`|---|---|${systems.map(() => "---").join("|")}|`);
  for (const row of rows) {
    const selected = select(row);
    if (selected.length === 0) continue;
    const cells = systems.map((system) => percent(selected.filter(([item, i]) => answers[system]![i] === item.lang).length, selected.length));
    console.log(`| ${row} | ${selected.length} | ${cells.join(" | ")} |`);
  }
  console.log();
}

/** What claimx answers for texts in languages it has no pack for. */
function printConfusers(items: Item[], answers: string[]): void {
  const codes = ["und", ...FOUR];
  const confusers = [...new Set(items.map((item) => item.lang))].filter((lang) => !FOUR.includes(lang)).sort();
  console.log("## claimx's answers for the confuser languages\n");
  console.log(`| gold | n | ${codes.join(" | ")} |`);
  console.log(`|---|---|${codes.map(() => "---").join("|")}|`);
  for (const lang of confusers) {
    const mine = answers.filter((_, i) => items[i]!.lang === lang);
    console.log(`| ${lang} | ${mine.length} | ${codes.map((code) => percent(mine.filter((a) => a === code).length, mine.length)).join(" | ")} |`);
  }
  console.log();
}

/** Throughput of each system, timed on a second pass so that every one runs warmed up. */
function printSpeed(title: string, texts: string[]): void {
  const megabytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0) / 1e6;
  console.log(`## Speed on ${title} (${texts.length} texts, ${megabytes.toFixed(2)} MB, one core)\n`);
  console.log("| system | seconds | MB/s |\n|---|---|---|");
  for (const [name, system] of Object.entries(SYSTEMS)) {
    const started = performance.now();
    for (const text of texts) system(text);
    const seconds = (performance.now() - started) / 1000;
    console.log(`| ${name} | ${seconds.toFixed(2)} | ${(megabytes / seconds).toFixed(2)} |`);
  }
  console.log();
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
  console.log(`## claimx on ${documents.length} mixed-language documents (mixed_test.jsonl)\n`);
  console.log("| measure | value |\n|---|---|");
  console.log(`| document code correct | ${percent(codes, documents.length)} |`);
  console.log(`| characters in a segment of the gold language | ${percent(agreeing, characters)} |`);
  console.log(`| documents with the gold number of segments | ${percent(counts, documents.length)} |`);
  console.log(`| gold boundaries matched within one sentence | ${percent(matched, boundaries)} (${matched}/${boundaries}) |`);
  console.log(`| speed (second pass) | ${(megabytes / seconds).toFixed(2)} MB/s |`);
  console.log();
}

function withinOneSentence(segment: LanguageSegment, boundary: number, sentenceStarts: number[]): boolean {
  const [low, high] = segment.start < boundary ? [segment.start, boundary] : [boundary, segment.start];
  return sentenceStarts.filter((start) => start > low && start < high).length <= 1;
}

function percent(count: number, total: number): string {
  return total === 0 ? "–" : `${((100 * count) / total).toFixed(2)}%`;
}

main();
