import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadGazetteer, modelFile } from "../../src/entities/load.js";
import { parseModel } from "../../src/entities/model.js";
import { Tagger } from "../../src/entities/tagger.js";
import { CacheBudget } from "../../src/entities/cache-budget.js";

const SENTENCES = [
  ["Angela", "Merkel", "visited", "Amsterdam", "on", "Monday", "."],
  ["Xiaomi", "and", "Leica", "Camera", "AG", "announced", "a", "partnership", "in", "Beijing", "."],
  ["Joko", "Widodo", "met", "Angela", "Merkel", "in", "Jakarta", "."],
  ["Leica", "said", "Xiaomi", "will", "sell", "the", "phone", "in", "Germany", "."],
];

const tagger = (budget?: CacheBudget) => new Tagger(parseModel(readFileSync(modelFile("en"))), loadGazetteer().lists, budget);

describe("entity tagger", () => {
  it("labels a sentence the same whether its words were cached or not", () => {
    const fresh = SENTENCES.map((words) => Array.from(tagger().tag(words)));
    const reused = tagger();
    for (const words of SENTENCES) reused.tag(words);
    expect(SENTENCES.map((words) => Array.from(reused.tag(words)))).toEqual(fresh);
  });

  it("labels the same after its word cache starts over, however often", () => {
    const expected = SENTENCES.map((words) => Array.from(tagger().tag(words)));
    const forgetful = tagger(new CacheBudget(3));
    for (let round = 0; round < 3; round++) expect(SENTENCES.map((words) => Array.from(forgetful.tag(words)))).toEqual(expected);
    expect(expected[0]).toContain(1);
  });

  it("shares one budget of cached word types between taggers, and labels the same", () => {
    const expected = SENTENCES.map((words) => Array.from(tagger().tag(words)));
    const budget = new CacheBudget(12);
    const [first, second] = [tagger(budget), tagger(budget)];
    for (let round = 0; round < 3; round++) {
      SENTENCES.forEach((words, i) => {
        const tagging = i % 2 ? second : first;
        expect(Array.from(tagging.tag(words))).toEqual(expected[i]);
        // Room is made before a sentence, whose own words may then take the cache past the budget.
        expect(first.cachedTypes + second.cachedTypes).toBeLessThanOrEqual(12 + words.length);
      });
    }
    expect(first.cachedTypes + second.cachedTypes).toBeGreaterThan(0);
  });
});
