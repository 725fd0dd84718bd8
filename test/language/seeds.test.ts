import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { identifyLanguage } from "../../src/language/identify.js";
import { stretchesOf } from "../../src/language/stretches.js";

interface GoldDocument {
  id: string;
  lang: string;
  text: string;
  segments?: { start: number; end: number; lang: string }[];
}

const gold: GoldDocument[] = readFileSync(new URL("../../fixtures/gold/seeds.gold.jsonl", import.meta.url), "utf8")
  .trim()
  .split("\n")
  .map((line) => JSON.parse(line) as GoldDocument);

/** At most one sentence start lies between the two offsets. */
function withinOneSentence(text: string, found: number, expected: number): boolean {
  const [low, high] = found < expected ? [found, expected] : [expected, found];
  return stretchesOf(text).filter((s) => s.start > low && s.start < high).length <= 1;
}

describe("language of the seed articles", () => {
  for (const doc of gold) {
    it(`${doc.id} is ${doc.lang}${doc.segments ? ", with its mixed-language segments" : ", in one segment"}`, () => {
      const language = identifyLanguage(doc.text, "auto");
      expect(language.code).toBe(doc.lang);
      const expected = doc.segments ?? [{ start: 0, end: doc.text.length, lang: doc.lang }];
      expect(language.segments.map((s) => s.code)).toEqual(expected.map((s) => s.lang));
      language.segments.forEach((segment, i) => {
        expect(withinOneSentence(doc.text, segment.start, expected[i]!.start)).toBe(true);
        expect(withinOneSentence(doc.text, segment.end, expected[i]!.end)).toBe(true);
      });
    });
  }
});
