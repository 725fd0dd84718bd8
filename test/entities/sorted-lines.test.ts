import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SEARCHES_BEFORE_HASHING, SortedLines } from "../../src/entities/sorted-lines.js";
import { FrequencyBands } from "../../src/entities/frequency-bands.js";
import { Gazetteer } from "../../src/entities/gazetteer.js";

const HEADER = "test lines 1";
const linesOf = (keys: readonly string[]): SortedLines =>
  SortedLines.read(SortedLines.write(HEADER, 2, keys.map((key, i) => ({ key, value: String(i % 100).padStart(2, "0") }))), HEADER, 2, "test");

describe("sorted lines searched in place", () => {
  it("finds every key it holds, with its value, and no other", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ unit: "grapheme", minLength: 1, maxLength: 6 }).filter(SortedLines.canHold)), fc.array(fc.string({ unit: "grapheme", maxLength: 6 })), (keys, others) => {
        const lines = linesOf(keys);
        keys.forEach((key, i) => {
          const line = lines.find(SortedLines.keyOf(key)!);
          expect(line).toBeGreaterThanOrEqual(0);
          expect(lines.keyAt(line, lines.lineEnd(line))).toBe(key);
          expect(String.fromCharCode(lines.valueByte(line, 0), lines.valueByte(line, 1))).toBe(String(i % 100).padStart(2, "0"));
        });
        for (const other of others.filter((key) => !keys.includes(key))) {
          const key = SortedLines.keyOf(other);
          if (key) expect(lines.find(key)).toBe(-1);
        }
      }),
    );
  });

  it("finds a key that is the start of others, and those after it", () => {
    const lines = linesOf(["new york", "newark", "new", "new york city", "neu", "ñew", "n😀"]);
    const start = lines.firstAtLeast(SortedLines.keyOf("new")!);
    expect(lines.keyAt(start, lines.lineEnd(start))).toBe("new");
    const next = lines.lineEnd(start) + 1;
    expect(lines.keyAt(next, lines.lineEnd(next))).toBe("new york");
    expect(lines.find(SortedLines.keyOf("n😀")!)).toBeGreaterThan(0);
    expect(SortedLines.keyOf("half \ud83d pair")).toBeNull();
  });

  it("answers a search in a run of searches as a search of its own", () => {
    const keys = ["neu", "new", "new york", "newark", "ñew"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...keys, "nex", "nev", "ne", "newark city")), (asked) => {
        const lines = linesOf(keys);
        for (const word of asked) expect(lines.firstAtLeast(SortedLines.keyOf(word)!)).toBe(linesOf(keys).firstAtLeast(SortedLines.keyOf(word)!));
      }),
    );
  });

  it("searches a list of many blocks as a scan of every line would", () => {
    // Keys that share long prefixes (`aa…`), so blocks start with equal first bytes, and keys of
    // one to three bytes, shorter than the index's prefixes.
    const keyArbitrary = fc.string({ unit: fc.constantFrom("a", "b", "é", "\u0000", "z"), minLength: 1, maxLength: 9 });
    fc.assert(
      fc.property(fc.uniqueArray(keyArbitrary, { minLength: 1500, maxLength: 4000 }), fc.array(fc.string({ unit: fc.constantFrom("a", "b", "é", "\u0000", "z"), maxLength: 10 }), { maxLength: 60 }), (keys, asked) => {
        const lines = linesOf(keys);
        const scan = (key: Uint8Array): number => {
          let start = HEADER.length + 1;
          while (start < lines.bytes.length && lines.compare(key, start, lines.lineEnd(start)) > 0) start = lines.lineEnd(start) + 1;
          return start;
        };
        for (const word of [...asked, ...keys.slice(0, 40)]) {
          const key = SortedLines.keyOf(word);
          if (key) expect(lines.firstAtLeast(key)).toBe(scan(key));
        }
      }),
      { numRuns: 30 },
    );
  });

  it("searches a file cut short after its last key, without its final line break", () => {
    const whole = SortedLines.write(HEADER, 2, ["apfel", "birne", "zitrone"].map((key, i) => ({ key, value: `0${i}` })));
    const cut = SortedLines.read(whole.subarray(0, whole.length - 1), HEADER, 2, "test");
    expect(cut.find(SortedLines.keyOf("birne")!)).toBeGreaterThan(0);
    expect(cut.find(SortedLines.keyOf("zucchini")!)).toBe(-1);
    expect(cut.find(SortedLines.keyOf("zitrone")!)).toBeGreaterThan(0);
  });

  it("answers whole-key searches as before once it has indexed its keys by hash", () => {
    const unit = fc.constantFrom("a", "b", "é", "\u0000", "z", " ", "😀");
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ unit, minLength: 1, maxLength: 8 }).filter(SortedLines.canHold), { minLength: 1, maxLength: 400 }), fc.array(fc.string({ unit, maxLength: 9 })), fc.boolean(), (keys, others, cut) => {
        const whole = SortedLines.write(HEADER, 2, keys.map((key, i) => ({ key, value: String(i % 100).padStart(2, "0") })));
        // Without its final line break too, as a file cut short after its last key.
        const bytes = cut ? whole.subarray(0, whole.length - 1) : whole;
        const searched = SortedLines.read(bytes, HEADER, 2, "test");
        const fresh = () => SortedLines.read(bytes, HEADER, 2, "test");
        for (let i = 0; i < SEARCHES_BEFORE_HASHING; i++) searched.find(SortedLines.keyOf(keys[i % keys.length]!)!);
        for (const word of [...keys, ...others]) {
          const key = SortedLines.keyOf(word);
          if (key) expect(searched.find(key)).toBe(fresh().find(key));
        }
        for (const key of keys) expect(searched.find(SortedLines.keyOf(key)!)).toBeGreaterThan(0);
      }),
      { numRuns: 40 },
    );
  });

  it("finds where the phrases that start with some words begin, before and after hashing", () => {
    // Phrases of one to three words over few letters, so that many share their first words.
    const word = fc.string({ unit: fc.constantFrom("a", "b", "é", "😀"), minLength: 1, maxLength: 3 });
    const phrase = fc.array(word, { minLength: 1, maxLength: 3 }).map((words) => words.join(" "));
    fc.assert(
      fc.property(fc.uniqueArray(phrase, { minLength: 1, maxLength: 300 }), fc.array(phrase, { maxLength: 30 }), (keys, others) => {
        const bytes = SortedLines.write(HEADER, 2, keys.map((key) => ({ key, value: "00" })));
        const hashed = SortedLines.read(bytes, HEADER, 2, "test");
        for (let i = 0; i < SEARCHES_BEFORE_HASHING; i++) hashed.find(SortedLines.keyOf(keys[i % keys.length]!)!);
        const sorted = [...keys].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
        for (const asked of [...keys, ...others, ...keys.map((key) => key.split(" ")[0]!)]) {
          const first = sorted.find((key) => key === asked || key.startsWith(`${asked} `));
          for (const lines of [hashed, SortedLines.read(bytes, HEADER, 2, "test")]) {
            const start = lines.firstOfPhrase(SortedLines.keyOf(asked)!);
            expect(start === lines.bytes.length ? undefined : lines.keyAt(start, lines.lineEnd(start))).toBe(first);
          }
        }
      }),
      { numRuns: 40 },
    );
  });

  it("refuses a file of another format instead of misreading it", () => {
    const oldBands = "\u0108\u0110\nhaus\nhund";
    expect(() => FrequencyBands.parse(Buffer.from(oldBands))).toThrow(/convert:models/);
    expect(() => Gazetteer.parse(Buffer.from(JSON.stringify({ lists: {}, countries: {} })))).toThrow(/convert:models/);
    expect(() => Gazetteer.parse(FrequencyBands.fromLists([]).serialize())).toThrow(/not a gazetteer/);
  });
});
