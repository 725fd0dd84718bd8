import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sentenceEnds } from "../../src/sentences/boundaries.js";

function sentences(text: string): string[] {
  let from = 0;
  return sentenceEnds(text).map((end) => text.slice(from, (from = end)));
}

const icu = new Intl.Segmenter("en", { granularity: "sentence" });
function icuEnds(text: string): number[] {
  return [...icu.segment(text)].map(({ index, segment }) => index + segment.length);
}

/**
 * Characters of every Sentence_Break class, and ones whose class the regular expressions of
 * `boundaries.ts` decide in an odd way (Georgian letters, number signs, Line_Break quotation
 * marks). Not the semicolons: Unicode 16 made them SContinue, and a Node with an older ICU
 * would disagree.
 */
const CHARACTERS = [
  ..."aZ5 .!?)(”«»„\"',:-–\n\r\t\u00a0\u2028\u2029\u0085\u0301\u00ad\u200d\u2060üÖǅßאა\u1c90٫\u0600\u2024\uff0e。！…🎉\u{1f3fb}#%/",
];

describe("sentence boundaries (UAX #29)", () => {
  it.each<[string, string, string[]]>([
    ["SB3, SB4: a paragraph separator ends a sentence, CR LF as one", "Eerste regel\r\nTweede\u2028Derde", ["Eerste regel\r\n", "Tweede\u2028", "Derde"]],
    ["SB6: a full stop before a digit", "Der Kurs stieg um 3.5 Prozent. Dann fiel er.", ["Der Kurs stieg um 3.5 Prozent. ", "Dann fiel er."]],
    ["SB7: a full stop between letters and a capital", "He moved to the U.S.A. Then he left.", ["He moved to the U.S.A. ", "Then he left."]],
    ["SB8: a lowercase letter comes next", "Sie kamen ca. drei Stunden später an. Dann gingen sie.", ["Sie kamen ca. drei Stunden später an. ", "Dann gingen sie."]],
    ["SB8: only digits and spaces before the lowercase letter", "Es endete 1987. 1988 habe sich alles verändert.", ["Es endete 1987. 1988 habe sich alles verändert."]],
    ["SB8a: a comma after the closing quote", "„Warum?“, fragte sie. Niemand wusste es.", ["„Warum?“, fragte sie. ", "Niemand wusste es."]],
    ["SB8a: a semicolon after the terminator (Unicode 16)", "Ga weg!; zei hij. Ze ging.", ["Ga weg!; zei hij. ", "Ze ging."]],
    ["SB9, SB10: closing quotes and spaces stay with the sentence", 'Hij zei: "Het is klaar."  Daarna vertrok hij.', ['Hij zei: "Het is klaar."  ', "Daarna vertrok hij."]],
    ["SB11: a question and an exclamation", "Apa kabar? Baik! Terima kasih.", ["Apa kabar? ", "Baik! ", "Terima kasih."]],
    ["SB11: a capital after the full stop", "Harga naik 5 persen. Saham turun.", ["Harga naik 5 persen. ", "Saham turun."]],
    ["SB5: a combining mark and a soft hyphen are passed over", "Cafe\u0301.\u00ad Next one.", ["Cafe\u0301.\u00ad ", "Next one."]],
    ["SB8: a letter of no case stops the search for a lowercase one", "ა. ბ", ["ა. ", "ბ"]],
  ])("%s", (_rule, text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  it("finds no sentence in an empty text", () => {
    expect(sentenceEnds("")).toEqual([]);
  });

  it("agrees with ICU's sentence break iterator (Intl.Segmenter)", () => {
    const text = fc.array(fc.constantFrom(...CHARACTERS), { maxLength: 16 }).map((chars) => chars.join(""));
    fc.assert(
      fc.property(text, (t) => {
        expect(sentenceEnds(t)).toEqual(icuEnds(t));
      }),
      { numRuns: 3000 },
    );
  });

  it("ends sentences in order, on code point boundaries, the last at the end of any text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (text) => {
        const ends = sentenceEnds(text);
        let previous = 0;
        for (const end of ends) {
          expect(end).toBeGreaterThan(previous);
          const low = text.charCodeAt(end);
          const high = text.charCodeAt(end - 1);
          expect(low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff).toBe(false);
          previous = end;
        }
        expect(previous).toBe(text.length);
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ["terminators each followed by digits", ". 1 ".repeat(250_000)],
    ["one terminator followed by a megabyte without letters", `a. ${"1 ".repeat(500_000)}b`],
    ["closing marks and spaces", `a.${")".repeat(500_000)}${" ".repeat(500_000)}B`],
    ["combining marks", `a${"\u0301".repeat(500_000)}.${"\u0301".repeat(500_000)}B`],
    ["capitals between full stops", "A.".repeat(500_000)],
  ])("takes linear time on a megabyte line: %s", (_what, line) => {
    // A quadratic pass over a megabyte takes minutes; a linear one well under a second.
    const started = performance.now();
    expect(sentenceEnds(line).at(-1)).toBe(line.length);
    expect(performance.now() - started).toBeLessThan(3000);
  });
});
