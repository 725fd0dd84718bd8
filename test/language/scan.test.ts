import { describe, expect, it } from "vitest";
import { scan } from "../../src/language/scan.js";
import { PACKS } from "../../src/packs/registry.js";

const english = PACKS.findIndex((pack) => pack.code === "en");
const dutch = PACKS.findIndex((pack) => pack.code === "nl");

describe("scan", () => {
  it("reads contractions with either apostrophe as the pack lists them", () => {
    expect(scan("I don’t know, it's fine").functionWords[english]).toBe(scan("I don't know, it's fine").functionWords[english]);
    expect(scan("don’t").functionWords[english]).toBe(1);
  });

  it("counts words whatever their case and the punctuation around them", () => {
    const { functionWords, words } = scan("„Het IS niet zo,“ zei hij. (En toen?)");
    expect(words).toBe(8);
    expect(functionWords[dutch]).toBe(8);
  });

  it("tells Latin-script letters from letters of other scripts", () => {
    expect(scan("Moskou — Москва").latinLetters).toBe(6);
    expect(scan("Moskou — Москва").otherLetters).toBe(6);
  });
});
