/**
 * For any text at all (lone surrogates, combining marks, control characters, news fragments in
 * four languages glued together), extract never throws, every offset lies inside the text,
 * every `text` field is the slice it points to, and the record matches the schema.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { documentRecord, extract, type DocumentRecord } from "../src/index.js";

const FRAGMENTS = [
  "Xiaomi en Leica kondigen op 23 mei 2022 een samenwerking aan.",
  "Seit Ende März 2022 arbeiten Leica und Huawei nicht mehr zusammen.",
  "The first phone will launch in July this year, says Lei Jun.",
  "Tanggal 23 Mei 2022 ini, Xiaomi dan Leica mengumumkan kerjasama.",
  "no. 3", "1810.HK", "Q4 2021", "23.05.2022", "2 June 1401", "1 Syawal 1443 H", "vor zwölf Jahren",
  "\n\n", "\r\n", " – ", "„", "”", "\u0301", "\u200d", "\ud800", "\udfff", "\u001b[31m", "\u0000", "😀",
];

const newsLike = fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ unit: "binary", maxLength: 20 })), { maxLength: 25 }).map((parts) => parts.join(" "));
const anyText = fc.oneof(fc.string({ unit: "binary", maxLength: 400 }), fc.string({ unit: "grapheme", maxLength: 200 }), newsLike);
const date = fc.date({ min: new Date("1900-01-01"), max: new Date("2100-12-31"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

function assertSound(text: string, record: DocumentRecord): void {
  documentRecord.parse(record);
  const inside = ({ start, end }: { start: number; end: number }) => {
    expect(start).toBeGreaterThanOrEqual(0);
    expect(end).toBeGreaterThanOrEqual(start);
    expect(end).toBeLessThanOrEqual(text.length);
  };
  for (const segment of record.language.segments) inside(segment);
  for (const item of [...record.timexes, ...record.entities, ...record.claims]) {
    inside(item);
    expect(item.text).toBe(text.slice(item.start, item.end));
  }
  for (const claim of record.claims) {
    inside(claim.timex);
    expect(claim.timex.start).toBeGreaterThanOrEqual(claim.start);
    expect(claim.timex.end).toBeLessThanOrEqual(claim.end);
  }
}

describe("extract on arbitrary text", () => {
  it("never throws, keeps offsets inside the text and matches the schema", () => {
    fc.assert(
      fc.property(anyText, fc.option(date, { nil: undefined }), (text, referenceDate) => {
        assertSound(text, extract(text, { referenceDate }));
      }),
      { numRuns: 400 },
    );
  });

  it("does the same with every forced language", () => {
    fc.assert(
      fc.property(newsLike, fc.constantFrom("nl", "de", "en", "id") as fc.Arbitrary<"nl" | "de" | "en" | "id">, (text, lang) => {
        assertSound(text, extract(text, { lang }));
      }),
      { numRuns: 200 },
    );
  });
});
