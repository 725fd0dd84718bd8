import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NO_COUNTS, addCounts, countMatches, scores } from "../../src/eval/spans.js";
import { findEntities } from "../../src/entities/find.js";
import { extract } from "../../src/pipeline/extract.js";
import { entity } from "../../src/schema/record.js";

interface GoldDocument {
  id: string;
  text: string;
  entities: { start: number; end: number; type: string }[];
}

const gold = readFileSync(new URL("../../fixtures/gold/seeds.gold.jsonl", import.meta.url), "utf8")
  .split("\n")
  .filter(Boolean)
  .map((line) => JSON.parse(line) as GoldDocument);

describe("findEntities on the seed articles", () => {
  const records = gold.map((document) => ({ document, record: extract(document.text) }));

  it("gives valid entities whose text is the text at their offsets, without overlaps", () => {
    for (const { document, record } of records) {
      let previousEnd = 0;
      for (const found of record.entities) {
        expect(entity.parse(found)).toEqual(found);
        expect(document.text.slice(found.start, found.end)).toBe(found.text);
        expect(found.start).toBeGreaterThanOrEqual(previousEnd);
        previousEnd = found.end;
      }
    }
  });

  it("finds the gold entities (exact span and type) with F1 above 0.7 overall", () => {
    let counts = NO_COUNTS;
    for (const { document, record } of records) {
      const expected = document.entities.map(({ start, end, type }) => ({ start, end, label: type }));
      const predicted = record.entities.map(({ start, end, type }) => ({ start, end, label: type }));
      counts = addCounts(counts, countMatches(expected, predicted, "strict", true));
    }
    expect(scores(counts).f1).toBeGreaterThan(0.7);
  });

  it("marks no handle, URL or domain as a name", () => {
    for (const { record } of records) for (const found of record.entities) expect(found.text).not.toMatch(/^@|\.de$|^https?:|twitter\.com/);
  });

  it("names Xiaomi the same way in every article and language", () => {
    const names = new Set(records.flatMap(({ record }) => record.entities.filter((e) => /^xiaomi( group| corporation)?$/i.test(e.text)).map((e) => e.canonical)));
    expect([...names]).toEqual(["Xiaomi"]);
  });
});

describe("findEntities on any text", () => {
  it("keeps offsets and text in step, also around emoji, hyphens and apostrophes", () => {
    const piece = fc.constantFrom("Xiaomi", "Leica Camera AG", "’s", "-", " ", "\n", "😀", "U.S.", "Jakarta", "von", "(", ")", "Lei Jun", "xiaomi", ".", "1810.HK");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join("");
        for (const found of extract(text).entities) {
          expect(found.end).toBeGreaterThan(found.start);
          expect(text.slice(found.start, found.end)).toBe(found.text);
          expect(found.canonical.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe("findEntities next to the timex stage", () => {
  it("takes no name from inside a time expression", () => {
    // `Pasen` (Easter) is a name to the tagger and a date to the timex stage.
    const text = "Xiaomi en Leica spraken met Jan Peters op Pasen 2022.";
    const sentences = [{ start: 0, end: text.length, language: "nl" as const, boilerplate: false, headline: false }];
    const base = { text, referenceDate: { value: null, source: "none" as const }, language: { code: "nl" as const, confidence: 1, segments: [] }, sentences, entities: [] };
    const timex = { start: text.indexOf("Pasen"), end: text.indexOf("2022") + 4, text: "Pasen 2022", type: "DATE" as const, value: "2022-04-17" };
    const alone = findEntities({ ...base, timexes: [] }).map((e) => e.text);
    const beside = findEntities({ ...base, timexes: [timex] }).map((e) => e.text);
    expect(alone).toContain("Pasen 2022");
    expect(beside).not.toContain("Pasen 2022");
    expect(beside).toContain("Jan Peters");
  });
});

describe("findEntities on German shop boilerplate", () => {
  it("takes no abbreviation of the language for a name", () => {
    const text = "Preise inkl. MwSt. / evtl. zzgl. Versandkosten, Angebot von Xiaomi.";
    const sentences = [{ start: 0, end: text.length, language: "de" as const, boilerplate: false, headline: false }];
    const analysis = { text, referenceDate: { value: null, source: "none" as const }, language: { code: "de" as const, confidence: 1, segments: [] }, sentences, timexes: [], entities: [] };
    const names = findEntities(analysis).map((e) => e.text);
    expect(names).not.toContain("evtl.");
    expect(names).toContain("Xiaomi");
  });
});
