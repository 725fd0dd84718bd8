import { describe, expect, it } from "vitest";
import { Gazetteer, HEAD_MASK, PART_FIELDS, PLACE_CODE_BITS, PLACE_FIELDS, TYPE_BITS } from "../../src/entities/gazetteer.js";
import { BAND_BITS, BAND_MASK, FrequencyBands } from "../../src/entities/frequency-bands.js";
import { ENTITY_TYPES, labelIndex } from "../../src/entities/labels.js";
import { trainPerceptron } from "../../src/entities/perceptron.js";
import type { LabelledSentence } from "../../src/entities/perceptron.js";
import { parseModel, serializeModel } from "../../src/entities/model.js";
import { Tagger } from "../../src/entities/tagger.js";

describe("gazetteer word lists", () => {
  it("tells the name lists that hold a word and how frequent the word is, ignoring case", () => {
    const frequent = Array.from({ length: 3_000 }, (_, k) => `word${k}`);
    frequent[0] = "haus";
    frequent[2_500] = "richter";
    const gazetteer = Gazetteer.fromLists({ PER: ["Richter"] }, FrequencyBands.parse(FrequencyBands.fromLists([[frequent], [["house"]]]).serialize()));
    const band = (word: string, language: number): number => (gazetteer.wordTypes(word) >>> (TYPE_BITS + BAND_BITS * language)) & BAND_MASK;
    expect(band("Haus", 0)).toBe(1);
    expect(band("Richter", 0)).toBeGreaterThan(band("Haus", 0));
    expect(band("Treutel", 0)).toBe(0);
    expect(band("House", 1)).toBe(1);
    expect(band("House", 0)).toBe(0);
    expect(gazetteer.wordTypes("RICHTER") & ((1 << TYPE_BITS) - 1)).toBe(1 << 0);
    expect(gazetteer.wordTypes("Haus") & ((1 << TYPE_BITS) - 1)).toBe(0);
  });

  it("tells what the lists know of an inflected name and of a compound's parts", () => {
    const gazetteer = Gazetteer.fromLists({ LOC: ["Deutschland", "Frankfurt"], ORG: ["SPD"] }, FrequencyBands.fromLists([[["regierung", "fraktion"]]]));
    const field = (word: string, at: number, mask: number): number => (gazetteer.partTypes(word) >>> at) & mask;
    const types = (1 << TYPE_BITS) - 1;
    const loc = 1 << ENTITY_TYPES.indexOf("LOC");
    expect(field("Deutschlands", PART_FIELDS.stem, types)).toBe(loc);
    expect(field("Frankfurter", PART_FIELDS.stem, types)).toBe(loc);
    // A listed word is not taken apart.
    expect(field("Frankfurt", PART_FIELDS.stem, types)).toBe(0);
    expect(field("SPD-Fraktion", PART_FIELDS.first, types)).toBe(1 << ENTITY_TYPES.indexOf("ORG"));
    expect(field("SPD-Fraktion", PART_FIELDS.head, HEAD_MASK)).toBe(4);
    expect(field("Landesregierung", PART_FIELDS.head, HEAD_MASK)).toBe("Landes".length);
    expect(gazetteer.partTypes("Landesregierung") >>> PART_FIELDS.headBand).toBe(1);
    expect(gazetteer.partTypes("Xiaomi")).toBe(0);
  });

  it("tells the codes of the smaller places a word, its stem or its parts name", () => {
    const places = new Map([["Gelnhausen", 1], ["Langen", 1], ["Bergen", 9], ["Neu-Isenburg", 1]]);
    const gazetteer = Gazetteer.parse(Gazetteer.fromLists({ LOC: ["Frankfurt"] }).serialize(), undefined, Gazetteer.fromLists({}, undefined, places).serializePlaces());
    const field = (word: string, at: number): number => (gazetteer.placeTypes(word) >>> at) & ((1 << PLACE_CODE_BITS) - 1);
    expect(field("Gelnhausen", PLACE_FIELDS.own)).toBe(1);
    expect(field("BERGEN", PLACE_FIELDS.own)).toBe(9);
    expect(field("neu-isenburg", PLACE_FIELDS.own)).toBe(1);
    // `Langener` is the adjective of the town; a listed word is not taken apart.
    expect(field("Langener", PLACE_FIELDS.stem)).toBe(1);
    expect(field("Langen", PLACE_FIELDS.stem)).toBe(0);
    expect(field("Gelnhausen-Roth", PLACE_FIELDS.first)).toBe(1);
    expect(field("Kreis-Gelnhausen", PLACE_FIELDS.last)).toBe(1);
    expect(gazetteer.placeTypes("Haus")).toBe(0);
    // Without the list, nothing is known.
    expect(Gazetteer.fromLists({ LOC: ["Langen"] }).placeTypes("Langen")).toBe(0);
  });

  it("finds the phrases a word starts, longest first, from lists in any order and case", () => {
    const gazetteer = Gazetteer.fromLists({ LOC: ["New York", "Newark", "New York City", "New"], ORG: ["New York Times"] });
    const starts = gazetteer.phrasesStartingWith("new")?.map((p) => `${p.words.join(" ")} ${ENTITY_TYPES[p.type]}`);
    // Longest first; phrases of one length keep the order of the types.
    expect(starts).toEqual(["new york times ORG", "new york city LOC", "new york LOC", "new LOC"]);
    expect(gazetteer.phrasesStartingWith("newark")).toHaveLength(1);
    expect(gazetteer.phrasesStartingWith("york")).toBeUndefined();
    const codes = new Uint8Array(3);
    const lower = ["new", "york", "city"];
    gazetteer.label(lower, lower.map((w) => gazetteer.phrasesStartingWith(w)), codes);
    expect([...codes].every((code) => code > 0)).toBe(true);
  });

  it("labels a phrase of several lists as the first type's, and tells all its types", () => {
    const gazetteer = Gazetteer.fromLists({ LOC: ["Georgia", "Paris"], PER: ["Georgia"] });
    const codes = new Uint8Array(1);
    gazetteer.label(["georgia"], [gazetteer.phrasesStartingWith("georgia")], codes);
    expect(codes[0]).toBe(1 + 2 * ENTITY_TYPES.indexOf("PER"));
    expect(gazetteer.wordTypes("Georgia")).toBe((1 << ENTITY_TYPES.indexOf("PER")) | (1 << ENTITY_TYPES.indexOf("LOC")));
  });

  it("lets the tagger take a capitalized word that no list knows for a name, and a common noun for none", () => {
    // German capitalizes every noun: only the word lists tell `Wagen` from `Brandl`.
    const nouns = ["Haus", "Wagen", "Hund", "Garten", "Brief", "Tisch"];
    const names = ["Oberkirch", "Zellner", "Aschau", "Pfisterer", "Kolbeck", "Hainz"];
    const sentence = (word: string, tag: string): LabelledSentence => ({
      words: ["Gestern", "sah", "ich", word, "."],
      labels: Uint8Array.from(["O", "O", "O", tag, "O"], labelIndex),
    });
    const training = [...nouns.map((noun) => sentence(noun, "O")), ...names.map((name) => sentence(name, "B-PER"))];
    const gazetteer = Gazetteer.fromLists({}, FrequencyBands.fromLists([[["gestern", "sah", "ich", ...nouns.map((noun) => noun.toLowerCase()), "stuhl"]]]));
    const card = { language: "de", trainedOn: ["toy"], labels: [] };
    const model = parseModel(serializeModel(card, trainPerceptron(training, gazetteer, { epochs: 5, minCount: 1, seed: 3 })));
    const tagger = new Tagger(model, gazetteer);
    expect([...tagger.tag(["Gestern", "sah", "ich", "Brandl", "."])]).toEqual([0, 0, 0, labelIndex("B-PER"), 0]);
    expect([...tagger.tag(["Gestern", "sah", "ich", "Stuhl", "."])]).toEqual([0, 0, 0, 0, 0]);
  });
});
