import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extract } from "../../src/pipeline/extract.js";
import { addCounts, countMatches, NO_COUNTS, scores, type Counts } from "../../src/eval/spans.js";

interface GoldDocument {
  id: string;
  lang: string;
  dct: string | null;
  text: string;
  timexes: { start: number; end: number; value: string }[];
}

const documents: GoldDocument[] = readFileSync(new URL("../../fixtures/gold/seeds.gold.jsonl", import.meta.url), "utf8")
  .trim()
  .split("\n")
  .map((line) => JSON.parse(line) as GoldDocument);

/** TempEval-3 value scoring: spans overlap and values are equal. */
function valueCounts(document: GoldDocument): Counts {
  const record = extract(document.text, { referenceDate: document.dct ?? undefined });
  const label = (t: { start: number; end: number; value: string }) => ({ start: t.start, end: t.end, label: t.value });
  return countMatches(document.timexes.map(label), record.timexes.map(label), "relaxed", true);
}

describe("timexes on the seed articles", () => {
  const byLanguage = new Map<string, Counts>();
  for (const document of documents) byLanguage.set(document.lang, addCounts(byLanguage.get(document.lang) ?? NO_COUNTS, valueCounts(document)));

  it("reach a value F1 of at least 0.92 over all articles", () => {
    const all = [...byLanguage.values()].reduce(addCounts, NO_COUNTS);
    expect(scores(all).f1).toBeGreaterThanOrEqual(0.92);
  });

  it.each([...byLanguage.keys()])("reach a value F1 of at least 0.85 in %s", (lang) => {
    expect(scores(byLanguage.get(lang)!).f1).toBeGreaterThanOrEqual(0.85);
  });
});
