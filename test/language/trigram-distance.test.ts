import { francAll } from "franc";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { scan } from "../../src/language/scan.js";
import { PACKS } from "../../src/packs/registry.js";

const texts = readFileSync(new URL("../../fixtures/langid/tatoeba-sample.jsonl", import.meta.url), "utf8")
  .trim()
  .split("\n")
  .map((line) => (JSON.parse(line) as { text: string }).text);

describe("franc's trigram distance in the scan", () => {
  it("finds the language that franc restricted to the four finds", () => {
    const only = PACKS.map((pack) => pack.francCode);
    for (const text of texts) {
      const { distances } = scan(text);
      const closest = PACKS.filter((_, i) => distances[i] === Math.min(...distances)).map((pack) => pack.francCode);
      expect(closest).toContain(francAll(text, { only, minLength: 1 })[0]![0]);
    }
  });
});
