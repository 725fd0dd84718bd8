/**
 * The claim stage on its own: sentences written for it in four languages, each with the one
 * timex and the names the earlier stages would give, and the modality and attribution a reader
 * would give. Covers every modality and attribution before, after and around a quote, and quotes
 * that span sentences.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { assembleClaims } from "../../src/claims/assemble.js";
import { splitSentences } from "../../src/sentences/split.js";
import type { Entity, EntityType, Language, LanguageCode, Modality, Timex } from "../../src/index.js";

interface Case {
  lang: LanguageCode;
  referenceDate: string;
  text: string;
  timex: { text: string; value: string };
  names: { text: string; type: EntityType }[];
  modality: Modality;
  attribution: string | null;
}

const CASES = readFileSync("fixtures/claims/modality-attribution.jsonl", "utf8")
  .trim()
  .split("\n")
  .map((line) => JSON.parse(line) as Case);

function claimsFor(item: Case) {
  const { text, lang } = item;
  const language: Language = { code: lang, confidence: 1, segments: [{ start: 0, end: text.length, code: lang }] };
  const at = text.indexOf(item.timex.text);
  const timex: Timex = { start: at, end: at + item.timex.text.length, text: item.timex.text, type: "DATE", value: item.timex.value };
  const entities: Entity[] = item.names.map(({ text: name, type }) => {
    const start = text.indexOf(name);
    return { start, end: start + name.length, text: name, type, canonical: name };
  });
  return assembleClaims({
    text,
    referenceDate: { value: item.referenceDate, source: "option" },
    language,
    sentences: splitSentences(text, language),
    timexes: [timex],
    entities,
  }).claims;
}

describe("modality and attribution", () => {
  it("has at least ten sentences per language", () => {
    for (const lang of ["nl", "de", "en", "id"]) expect(CASES.filter((c) => c.lang === lang).length).toBeGreaterThanOrEqual(10);
  });

  it.each(CASES.map((c) => [c.lang, c.text.replace(/\n/g, " ⏎ "), c] as const))("%s: %s", (_lang, _text, item) => {
    const claims = claimsFor(item);
    expect(claims).toHaveLength(1);
    expect({ modality: claims[0]!.modality, attribution: claims[0]!.attribution }).toEqual({
      modality: item.modality,
      attribution: item.attribution,
    });
    expect(claims[0]!.date).toBe(item.timex.value);
  });
});

describe("claims", () => {
  const language: Language = { code: "en", confidence: 1, segments: [] };
  const analysisOf = (text: string, timexes: Timex[], referenceDate = { value: "2022-05-23", source: "option" as const }) => ({
    text,
    referenceDate,
    language: { ...language, segments: [{ start: 0, end: text.length, code: "en" as const }] },
    sentences: splitSentences(text, { ...language, segments: [{ start: 0, end: text.length, code: "en" as const }] }),
    timexes,
    entities: [],
  });
  const timexAt = (text: string, phrase: string, value: string, type: Timex["type"] = "DATE"): Timex => {
    const start = text.indexOf(phrase);
    return { start, end: start + phrase.length, text: phrase, type, value };
  };

  it("a sentence with two dates of different statements gives two claims on the same span", () => {
    const text = "Xiaomi was founded in April 2010 and listed in Hong Kong on 9 July 2018.";
    const { claims } = assembleClaims(analysisOf(text, [timexAt(text, "April 2010", "2010-04"), timexAt(text, "9 July 2018", "2018-07-09")]));
    expect(claims.map((c) => [c.date, c.start, c.end])).toEqual([["2010-04", 0, text.length], ["2018-07-09", 0, text.length]]);
  });

  it("several dates of one statement give one claim with the most specific date", () => {
    const text = "Xiaomi announced the deal on Monday, May 23, 2022 (2 June 1401) in 2022.";
    const { claims } = assembleClaims(
      analysisOf(text, [timexAt(text, "Monday, May 23, 2022", "2022-05-23"), timexAt(text, "2 June 1401", "2022-05-23"), timexAt(text, "2022.", "2022")]),
    );
    expect(claims.map((c) => [c.date, c.timex.start])).toEqual([["2022-05-23", text.indexOf("Monday")]]);
  });

  it("no claim from a comparison baseline, a dateline, a *_REF date, a duration or boilerplate", () => {
    const text = "It ranked 338th, up 84 places compared to 2020.\nWetzlar, 23 May 2022.\nNow the phone is here.\nFor over 100 years, Leica made cameras.\nPrevious Introducing the phone of 2023";
    const { claims } = assembleClaims(
      analysisOf(text, [
        timexAt(text, "2020", "2020"),
        timexAt(text, "23 May 2022", "2022-05-23"),
        timexAt(text, "Now", "PRESENT_REF"),
        timexAt(text, "over 100 years", "P100Y", "DURATION"),
        timexAt(text, "2023", "2023"),
      ]),
    );
    expect(claims).toEqual([]);
  });

  it("a headline with a date is a claim", () => {
    const text = "A new era of mobile imaging begins in July\nThe deal was signed.";
    expect(assembleClaims(analysisOf(text, [timexAt(text, "July", "2022-07")])).claims.map((c) => c.text)).toEqual([
      "A new era of mobile imaging begins in July",
    ]);
  });
});

describe("undated claims", () => {
  const undatedIn = (lang: LanguageCode, text: string, names: [string, EntityType][], timexes: Timex[] = []) => {
    const language: Language = { code: lang, confidence: 1, segments: [{ start: 0, end: text.length, code: lang }] };
    const entities: Entity[] = names.map(([name, type]) => {
      const start = text.indexOf(name);
      return { start, end: start + name.length, text: name, type, canonical: name };
    });
    const analysis = { text, referenceDate: { value: null, source: "none" as const }, language, sentences: splitSentences(text, language), timexes, entities };
    return assembleClaims(analysis).undatedClaims.map((c) => [c.text, c.events, c.modality]);
  };

  it("a statement that a named actor's event happens, in each language", () => {
    expect(undatedIn("nl", "Xiaomi kondigt officieel aan samen te werken met Leica.", [["Xiaomi", "ORG"], ["Leica", "ORG"]])).toEqual([
      ["Xiaomi kondigt officieel aan samen te werken met Leica.", ["announce"], "asserted"],
    ]);
    expect(undatedIn("de", "Leica und Xiaomi verkünden eine Partnerschaft", [["Leica", "ORG"], ["Xiaomi", "ORG"]])[0]?.[1]).toEqual(["announce"]);
    expect(undatedIn("id", "Kerjasama antara Huawei dan Leica telah selesai.", [["Huawei", "ORG"], ["Leica", "ORG"]])[0]?.[1]).toEqual(["end"]);
    expect(undatedIn("en", "Xiaomi will launch a phone with Leica.", [["Xiaomi", "ORG"], ["Leica", "ORG"]])).toEqual([
      ["Xiaomi will launch a phone with Leica.", ["launch"], "planned"],
    ]);
  });

  it("not from words that only name an event, without an actor, or with a calendar date", () => {
    expect(undatedIn("en", "The cooperation with Leica is a matter of pride for Xiaomi.", [["Leica", "ORG"], ["Xiaomi", "ORG"]])).toEqual([]);
    expect(undatedIn("de", "Die Zusammenarbeit von Leica und Huawei besteht seit Jahren.", [["Leica", "ORG"], ["Huawei", "ORG"]])).toEqual([]);
    expect(undatedIn("en", "The phone was launched last week.", [])).toEqual([]);
    const text = "Xiaomi announced the deal in May 2022.";
    expect(undatedIn("en", text, [["Xiaomi", "ORG"]], [{ start: text.indexOf("May"), end: text.indexOf("May") + 8, text: "May 2022", type: "DATE", value: "2022-05" }])).toEqual([]);
  });
});
