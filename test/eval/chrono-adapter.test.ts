import { describe, expect, it } from "vitest";
import { chronoParse, chronoPredictor, chronoTimexes, referenceInstant } from "../../src/bench/chrono-timexes.js";

const reference = new Date("2022-05-23T12:00:00");
const values = (text: string, lang: "en" | "de" | "nl" = "en") =>
  chronoTimexes(chronoParse(text, lang, reference)).map(({ text, type, value }) => [text, type, value]);

describe("chrono-node results as TIMEX3 values", () => {
  it("keeps a full date as a day", () => {
    expect(values("It was announced on May 23, 2022.")).toEqual([["May 23, 2022", "DATE", "2022-05-23"]]);
    expect(values("Het werd op 23 mei 2022 bekend.", "nl")).toEqual([["23 mei 2022", "DATE", "2022-05-23"]]);
  });

  it("stops at the finest component the text gives: a month, a year", () => {
    expect(values("It launches in July.")).toEqual([["July", "DATE", "2022-07"]]);
    expect(values("Sales fell last year.")).toEqual([["last year", "DATE", "2021"]]);
  });

  it("writes a clock time as TIME with hours and minutes", () => {
    expect(values("The event starts May 23, 2022 at 2pm.")).toEqual([["May 23, 2022 at 2pm", "TIME", "2022-05-23T14:00"]]);
  });

  it("gives each end of a range its own timex on the range's span", () => {
    expect(values("from May to June 2022")).toEqual([
      ["May to June 2022", "DATE", "2022-05"],
      ["May to June 2022", "DATE", "2022-06"],
    ]);
  });

  it("cannot express durations and sets: chrono reads a duration as the date it reaches", () => {
    expect(values("every year")).toEqual([]);
    expect(values("for 3 years")).toEqual([["for 3 years", "DATE", "2025"]]);
  });

  it("resolves against the gold reference date, at noon local time", () => {
    expect(referenceInstant({ referenceDate: "2022-05" })).toEqual(new Date("2022-05-01T12:00:00"));
    expect(referenceInstant({ referenceDate: "2017-09-25", referenceTime: "2017-09-25T16:06:55" })).toEqual(
      new Date("2017-09-25T16:06:55"),
    );
    const predicted = chronoPredictor("en")({ text: "Der Termin ist morgen.", referenceDate: "2017-09-25", lang: "de" });
    expect(predicted.timexes.map((t) => t.value)).toEqual(["2017-09-26"]);
  });
});
