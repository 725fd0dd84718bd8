import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { FeatureFilter } from "../../src/entities/feature-filter.js";
import { combine } from "../../src/entities/hash.js";

describe("feature filter", () => {
  // A feature the filter wrongly rules out would silently drop its weights from every score.
  it("never rules out a feature the model holds, however many or few", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), { maxLength: 2000 }), (keys) => {
        const filter = new FeatureFilter(Int32Array.from(keys));
        for (const key of keys) expect(filter.mayHold(key)).toBe(true);
      }),
    );
  });

  it("rules out nearly every feature the model does not hold", () => {
    const keys = Int32Array.from({ length: 50_000 }, (_, i) => combine(40, i) | 0);
    const filter = new FeatureFilter(keys);
    let passed = 0;
    const absent = 100_000;
    for (let i = 0; i < absent; i++) if (filter.mayHold(combine(41, i) | 0)) passed++;
    // Eight bits and two probes per key: about 5% in theory.
    expect(passed / absent).toBeLessThan(0.08);
  });

  it("holds nothing when the model is empty", () => {
    const filter = new FeatureFilter(new Int32Array(0));
    expect([0, 1, -1, 123456789].some((hash) => filter.mayHold(hash))).toBe(false);
  });
});
