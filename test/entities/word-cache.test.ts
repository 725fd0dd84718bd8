import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { WordCache } from "../../src/entities/word-cache.js";

describe("the tagger's word cache", () => {
  it("answers as a Map would, through growing and keeping only the first words", () => {
    const word = fc.string({ unit: fc.constantFrom("a", "B", "ß", "😀", "-"), maxLength: 5 });
    const step = fc.oneof(fc.record({ add: word }), fc.record({ get: word }), fc.record({ keep: fc.nat({ max: 40 }) }));
    fc.assert(
      fc.property(fc.array(step, { maxLength: 3000 }), (steps) => {
        const cache = new WordCache<number>();
        const map = new Map<string, number>();
        steps.forEach((s, i) => {
          if ("add" in s && !map.has(s.add)) {
            cache.add(s.add, i);
            map.set(s.add, i);
          } else if ("get" in s) {
            expect(cache.get(s.get)).toBe(map.get(s.get));
          } else if ("keep" in s) {
            cache.keepFirst(s.keep);
            for (const key of [...map.keys()].slice(s.keep)) map.delete(key);
          }
          expect(cache.size).toBe(map.size);
        });
        for (const [key, value] of map) expect(cache.get(key)).toBe(value);
      }),
      { numRuns: 60 },
    );
  });

  it("holds thousands of words, each found again and no other", () => {
    const cache = new WordCache<string>();
    const words = Array.from({ length: 20_000 }, (_, i) => `w${i.toString(36)}`);
    for (const w of words) cache.add(w, w.toUpperCase());
    expect(cache.size).toBe(20_000);
    for (const w of words) expect(cache.get(w)).toBe(w.toUpperCase());
    expect(cache.get("w")).toBeUndefined();
    expect(cache.get(`${words[5]}é`)).toBeUndefined();
  });
});
