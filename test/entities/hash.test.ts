import { describe, expect, it } from "vitest";
import { combine, hashString } from "../../src/entities/hash.js";

describe("feature hashes", () => {
  // The shipped models are keyed by these hashes: a change to the hash functions, however
  // harmless it looks, leaves every model scoring features it has never seen.
  it("stay the values the shipped models were trained with", () => {
    expect([combine(40, 0), combine(47, 7, 3), combine(41, 0xdeadbeef, 0xfeedface)]).toEqual([852544849, 3484055043, 236084510]);
    expect([hashString("Xiaomi", 1), hashString("", 51), hashString("Landesregierung", 103)]).toEqual([3181987497, 2771793455, 282491826]);
  });

  it("are unsigned 32-bit integers, and a missing second value counts as zero", () => {
    for (let a = 0; a < 1000; a += 7) {
      const hash = combine(a % 50, a * 2654435761);
      expect(Number.isInteger(hash) && hash >= 0 && hash < 2 ** 32).toBe(true);
      expect(hash).toBe(combine(a % 50, a * 2654435761, 0));
    }
  });
});
