import { describe, expect, it } from "vitest";
import { latinLetterTable } from "../../src/timexes/letter-table.js";

describe("latinLetterTable", () => {
  it("marks ASCII letters and U+00C0 up to its size, but not × and ÷", () => {
    const table = latinLetterTable(0x2000);
    const expected = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 0xc0 && code !== 0xd7 && code !== 0xf7);
    const wrong = Array.from({ length: 0x2000 }, (_, code) => code).filter((code) => (table[code] === 1) !== expected(code));
    expect(wrong).toEqual([]);
    expect(latinLetterTable(0x250).length).toBe(0x250);
  });
});
