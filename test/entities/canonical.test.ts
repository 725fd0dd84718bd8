import { describe, expect, it } from "vitest";
import { canonicalNames, normalizeName, withoutPossessive } from "../../src/entities/canonical.js";
import type { Mention } from "../../src/entities/canonical.js";
import type { EntityType } from "../../src/schema/record.js";

const countries = new Map([
  ["jepang", "Japan"],
  ["japan", "Japan"],
  ["duitsland", "Germany"],
]);

/** Mentions of `names` in the order they occur in `text`. */
function mentionsIn(text: string, names: [string, EntityType][]): Mention[] {
  let from = 0;
  return names.map(([name, type]) => {
    const start = text.indexOf(name, from);
    from = start + name.length;
    return { start, end: start + name.length, text: name, type };
  });
}

describe("canonical names", () => {
  it("gives all mentions of one company in a document one name", () => {
    const text = "Leica Camera AG en Leica. Later: Leica Camera, Leicas Erbe.";
    const mentions = mentionsIn(text, [
      ["Leica Camera AG", "ORG"],
      ["Leica", "ORG"],
      ["Leica Camera", "ORG"],
      ["Leicas", "ORG"],
    ]);
    expect(new Set(canonicalNames(mentions, text, countries)).size).toBe(1);
  });

  it("chooses the same name in every document and language", () => {
    for (const name of ["Xiaomi Group", "Xiaomi Corporation", "Xiaomi", "Xiaomi’s"]) expect(normalizeName(name, "ORG", countries)).toBe("Xiaomi");
    expect(normalizeName("Leica Camera AG", "ORG", countries)).toBe(normalizeName("Leica", "ORG", countries));
    expect(normalizeName("Jepang", "LOC", countries)).toBe("Japan");
  });

  it("joins an alias in parentheses to its name", () => {
    const text = "Lee John (Lei Jun) said so. Lei Jun smiled.";
    const names = canonicalNames(mentionsIn(text, [["Lee John", "PER"], ["Lei Jun", "PER"], ["Lei Jun", "PER"]]), text, countries);
    expect(new Set(names).size).toBe(1);
  });

  it("joins a surname to the full name but keeps different people apart", () => {
    const text = "Matthias Harsch and Lei Jun met. Harsch spoke.";
    const names = canonicalNames(mentionsIn(text, [["Matthias Harsch", "PER"], ["Lei Jun", "PER"], ["Harsch", "PER"]]), text, countries);
    expect(names).toEqual(["Matthias Harsch", "Lei Jun", "Matthias Harsch"]);
  });

  it("does not merge different products that share a prefix", () => {
    const text = "Huawei P50 and Huawei P50 Pocket";
    const names = canonicalNames(mentionsIn(text, [["Huawei P50", "MISC"], ["Huawei P50 Pocket", "MISC"]]), text, countries);
    expect(names).toEqual(["Huawei P50", "Huawei P50 Pocket"]);
  });
});

describe("withoutPossessive", () => {
  it("drops a trailing possessive with either apostrophe, and nothing else", () => {
    expect(withoutPossessive("Xiaomi’s")).toBe("Xiaomi");
    expect(withoutPossessive("Leica 's")).toBe("Leica");
    expect(withoutPossessive("Paris")).toBe("Paris");
    expect(withoutPossessive("Xiaomi’S")).toBe("Xiaomi’S");
    expect(withoutPossessive("’s")).toBe("");
  });
});
