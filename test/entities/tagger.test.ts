import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadGazetteer, modelFile } from "../../src/entities/load.js";
import { parseModel } from "../../src/entities/model.js";
import { Tagger } from "../../src/entities/tagger.js";

const SENTENCES = [
  ["Angela", "Merkel", "visited", "Amsterdam", "on", "Monday", "."],
  ["Xiaomi", "and", "Leica", "Camera", "AG", "announced", "a", "partnership", "in", "Beijing", "."],
  ["Joko", "Widodo", "met", "Angela", "Merkel", "in", "Jakarta", "."],
  ["Leica", "said", "Xiaomi", "will", "sell", "the", "phone", "in", "Germany", "."],
];

const tagger = (cacheLimit?: number) => new Tagger(parseModel(readFileSync(modelFile("en"))), loadGazetteer().lists, cacheLimit);

describe("entity tagger", () => {
  it("labels a sentence the same whether its words were cached or not", () => {
    const fresh = SENTENCES.map((words) => Array.from(tagger().tag(words)));
    const reused = tagger();
    for (const words of SENTENCES) reused.tag(words);
    expect(SENTENCES.map((words) => Array.from(reused.tag(words)))).toEqual(fresh);
  });

  it("labels the same after its word cache starts over, however often", () => {
    const expected = SENTENCES.map((words) => Array.from(tagger().tag(words)));
    const forgetful = tagger(3);
    for (let round = 0; round < 3; round++) expect(SENTENCES.map((words) => Array.from(forgetful.tag(words)))).toEqual(expected);
    expect(expected[0]).toContain(1);
  });
});
