import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { extract } from "../../src/pipeline/extract.js";
import { LANGUAGE_CODES } from "../../src/schema/record.js";

/** Pieces of dates and of things that only look like dates, glued in any order. */
const PIECES = [
  "23", "05", "2022", "1401", "14", "00", ".", ",", "-", "/", ":", "(", ")", " ", " ", "\n", "May", "mei", "Mai", "Mei", "juli", "July",
  "Monday", "maandag", "Montag", "Senin", "Minggu", "minggu", "last", "vorige", "letzte", "lalu", "week", "Woche", "tahun", "year", "ago",
  "vor", "geleden", "Q4", "the", "fourth", "quarter", "uur", "Uhr", "pukul", "WIB", "p.m.", "Ende", "awal", "more than", "über", "100",
  "Jahren", "years", "Xiaomi", "12", "Ultra", "1810.HK", "no.", "3", "338th", "%", "$", "Syawal", "1443", "H",
];

const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((pieces) => pieces.join(" "));
const VALUE = /^(\d{4}(-(\d{2}(-\d{2}(T(\d{2}:\d{2}|MO|MI|AF|EV|NI))?)?|Q[1-4]|H[12]|SP|SU|FA|WI|W\d{2}(-WE)?))?|\d{2,3}|XXXX-XX-XXT\d{2}:\d{2}|PRESENT_REF|PAST_REF|FUTURE_REF|PT?[\dX.]+(Y|M|W|D|H|DE|CE|Q)|XXXX-WXX-\d)$/;

describe("timexes on any text", () => {
  it.each(LANGUAGE_CODES)("are in order, do not overlap, point at their text and carry TIMEX3 values (%s)", (lang) => {
    fc.assert(
      fc.property(text, fc.constantFrom("2022-05-23", "2014-12-29", undefined), (input, referenceDate) => {
        const { timexes } = extract(input, { lang, referenceDate });
        let previousEnd = 0;
        for (const timex of timexes) {
          expect(timex.start).toBeGreaterThanOrEqual(previousEnd);
          expect(timex.end).toBeGreaterThan(timex.start);
          expect(input.slice(timex.start, timex.end)).toBe(timex.text);
          expect(timex.value).toMatch(VALUE);
          previousEnd = timex.end;
        }
      }),
      { numRuns: 300 },
    );
  });
});
