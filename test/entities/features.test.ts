import { describe, expect, it } from "vitest";
import { WINDOW, lexicalFeatures } from "../../src/entities/features.js";
import { Gazetteer } from "../../src/entities/gazetteer.js";

const gazetteer = Gazetteer.fromLists({});

/** The features an Indonesian word has that the same word has not in English: its cue feature, if any. */
function cueFeatures(word: string): number[] {
  const english = new Set(lexicalFeatures(word, gazetteer, "en").byOffset[WINDOW]);
  return [...(lexicalFeatures(word, gazetteer, "id").byOffset[WINDOW] as Uint32Array)].filter((hash) => !english.has(hash));
}

describe("name cue words", () => {
  it("give an Indonesian word one feature of its list: organisation, place or person title", () => {
    const [party, place, otherPlace, title] = ["Partai", "Pulau", "Gunung", "Haji"].map(cueFeatures);
    for (const features of [party, place, otherPlace, title]) expect(features).toHaveLength(1);
    expect(place).toEqual(otherPlace);
    expect(new Set([party?.[0], place?.[0], title?.[0]]).size).toBe(3);
    expect(cueFeatures("Jakarta")).toEqual([]);
  });
});
