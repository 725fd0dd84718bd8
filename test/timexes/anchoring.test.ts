import { describe, expect, it } from "vitest";
import { extract } from "../../src/pipeline/extract.js";

function values(text: string, referenceDate?: string, lang?: "nl" | "de" | "en" | "id") {
  return extract(text, { referenceDate, lang }).timexes.map((timex) => [timex.text, timex.value]);
}

describe("timex anchoring", () => {
  it("resolves relative expressions against the latest date of the text when there is no reference date", () => {
    expect(values("The plant closed on 3 March 2020. It reopened two days later.", undefined, "en")).toEqual([
      ["3 March 2020", "2020-03-03"],
      ["two days later", "2020-03-05"],
    ]);
  });

  it("leaves out a relative expression it cannot anchor rather than guess a year", () => {
    expect(values("Sales rose last year.", undefined, "en")).toEqual([]);
  });

  it("gives a Solar Hijri date beside its Gregorian twin the Gregorian value, never the year 1401", () => {
    expect(values("Xiaomi announced it on May 23, 2022 (2 June 1401).", "2022-05-23", "en")).toEqual([
      ["May 23, 2022", "2022-05-23"],
      ["2 June 1401", "2022-05-23"],
    ]);
    expect(values("Leica left Huawei on March 31 (April 11).", "2022-05-23", "en")).toEqual([
      ["March 31", "2022-03-31"],
      ["April 11", "2022-03-31"],
    ]);
  });

  it("converts Islamic dates in Indonesian text with the calendar of Intl", () => {
    expect(values("Hari raya jatuh pada 1 Syawal 1443 H.", "2022-04-20", "id")).toEqual([["1 Syawal 1443 H", "2022-05-02"]]);
  });

  it("reads an English tweet quoted in a Dutch article with the English pack", () => {
    const text = "Xiaomi kondigde het aan op Twitter.\nLet's look forward to a new era of mobile photography in July!";
    expect(values(text, "2022-05-23", "nl")).toContainEqual(["July", "2022-07"]);
  });

  it("gives clock times the day the text last named", () => {
    expect(values("Pesawat hilang pada Minggu (28/12/2014). Kontak terakhir pukul 06.12.", "2014-12-29", "id")).toEqual([
      ["Minggu (28/12/2014)", "2014-12-28"],
      ["06.12", "2014-12-28T06:12"],
    ]);
  });

  it("types references as DATE, counts as DURATION, clock times as TIME and recurrences as SET", () => {
    const types = extract("Now the plant, open for 12 years, reports daily at 14:00.", { lang: "en", referenceDate: "2022-05-23" }).timexes.map(
      (timex) => [timex.text, timex.type],
    );
    expect(types).toEqual([
      ["Now", "DATE"],
      ["12 years", "DURATION"],
      ["daily", "SET"],
      ["14:00", "TIME"],
    ]);
  });
});
