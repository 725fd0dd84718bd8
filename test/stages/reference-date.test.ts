import { describe, expect, it } from "vitest";
import { findReferenceDate } from "../../src/document/reference-date.js";

describe("reference date", () => {
  it.each([
    [" date 2022-05 Het hing al even in de lucht", { value: "2022-05", source: "metadata" }],
    ["Datum: 23.05.2022\nDie Regierung", { value: "2022-05-23", source: "metadata" }],
    ["Tanggal: 23 Mei 2022\nPemerintah", { value: "2022-05-23", source: "metadata" }],
    ["Date: May 23, 2022\nThe government", { value: "2022-05-23", source: "metadata" }],
    ["---\ntitle: Leica\ndate: 2021-03-04T10:00:00Z\n---\nBody", { value: "2021-03-04", source: "metadata" }],
    ["Wetzlar, 23 May 2022. Xiaomi and Leica", { value: "2022-05-23", source: "text" }],
    ["BERLIN (dpa) – 23. Mai 2022. Die Regierung", { value: "2022-05-23", source: "text" }],
    ["Tanggal 23 Mei 2022 ini, Xiaomi dan Leica", { value: "2022-05-23", source: "text" }],
    ["Headline\n\nAMSTERDAM - 1 juni 2023 - Het kabinet", { value: "2023-06-01", source: "text" }],
    ["Xiaomi and Leica announce a partnership.", { value: null, source: "none" }],
    ["Date night ideas for May", { value: null, source: "none" }],
  ])("%j → %j", (text, expected) => {
    expect(findReferenceDate(text)).toEqual(expected);
  });

  it("the option wins over anything in the text", () => {
    expect(findReferenceDate("Datum: 23.05.2022", "2020-01-01")).toEqual({ value: "2020-01-01", source: "option" });
  });

  it("a date far down the article is not a dateline", () => {
    const text = `${"Lorem ipsum dolor sit amet.\n".repeat(10)}Wetzlar, 23 May 2022.`;
    expect(findReferenceDate(text).source).toBe("none");
  });
});
