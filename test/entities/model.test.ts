import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { scoreTagger } from "../../src/entities/evaluate.js";
import { loadGazetteer, modelFile, taggerFor } from "../../src/entities/load.js";
import { parseModel } from "../../src/entities/model.js";
import { Tagger } from "../../src/entities/tagger.js";
import { parseLabelledLines } from "../../src/entities/perceptron.js";
import { LANGUAGE_CODES } from "../../src/schema/record.js";
import type { LanguageCode } from "../../src/schema/record.js";

const slice = (name: string) => parseLabelledLines(readFileSync(new URL(`../../fixtures/ner/${name}`, import.meta.url), "utf8"));

describe("shipped entity models", () => {
  it.each(LANGUAGE_CODES)("load for %s and tag a plain sentence", (language: LanguageCode) => {
    const labels = taggerFor(language).tag(["Angela", "Merkel", "and", "Joko", "Widodo", "visited", "Amsterdam", "."]);
    expect(labels).toHaveLength(8);
    expect(labels[6]).not.toBe(0);
  });

  // Held-back test slices, never trained on: the floors sit well under the measured scores.
  it("tag Indonesian news (IDNer-news-2k test slice) above F1 0.75", () => {
    const tagger = taggerFor("id");
    expect(scoreTagger(slice("idner-news-2k-test.slice.jsonl"), (words) => tagger.tag(words)).f1).toBeGreaterThan(0.75);
  });

  it("tag German (GermEval 2014 test slice) above F1 0.5", () => {
    const tagger = taggerFor("de");
    expect(scoreTagger(slice("germeval2014-test.slice.jsonl"), (words) => tagger.tag(words)).f1).toBeGreaterThan(0.5);
  });

  // The filter may only spare look-ups of features the model lacks: every score stays the same.
  it("tag the same once the model's feature filter is built", () => {
    const sentences = slice("germeval2014-test.slice.jsonl");
    const { lists } = loadGazetteer();
    const unfiltered = new Tagger(parseModel(readFileSync(modelFile("de"))), lists);
    const filteredModel = parseModel(readFileSync(modelFile("de")));
    filteredModel.filterFeatures();
    const filtered = new Tagger(filteredModel, lists);
    for (const { words } of sentences) expect([...filtered.tag(words)]).toEqual([...unfiltered.tag(words)]);
  });
});
