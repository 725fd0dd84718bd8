import { describe, expect, it } from "vitest";
import { evaluate, predictAll, UnsupportedTaskError, type Section } from "../../src/eval/evaluate.js";
import type { Timex } from "../../src/schema/record.js";
import { goldOf, prediction, predictorFor, spanOf } from "./hand-made.js";

function section<T extends Section["task"]>(sections: Section[], task: T): Extract<Section, { task: T }> {
  const found = sections.find((s) => s.task === task);
  if (!found) throw new Error(`no ${task} section`);
  return found as Extract<Section, { task: T }>;
}

const timex = (text: string, quote: string, type: Timex["type"], value: string): Timex => ({ ...spanOf(text, quote), type, value });

describe("timex scoring (TempEval-3)", () => {
  const text = "In 2022 the plant closed for 3 years. Next week it reopens, on Monday.";
  const gold = goldOf([
    {
      id: "d1",
      lang: "en",
      dct: "2022-05-23",
      text,
      timexes: [
        timex(text, "2022", "DATE", "2022"),
        timex(text, "3 years", "DURATION", "P3Y"),
        timex(text, "Next week", "DATE", "2022-W22"),
        timex(text, "Monday", "DATE", "2022-05-30"),
      ],
    },
  ]);
  const predicted = prediction({
    timexes: [
      timex(text, "2022", "DATE", "2022"), // exact span, right value
      timex(text, "3 years", "DATE", "P3Y"), // exact span, right value, wrong type
      timex(text, "week", "DATE", "2022-W21"), // overlapping span, wrong value
      timex(text, "plant", "DATE", "2022"), // overlaps nothing
    ],
  });
  const report = evaluate(gold, predictAll(gold, predictorFor({ [text]: predicted })), ["timex"]);
  const { overall } = section(report.sections, "timex").report;

  it("counts strict spans only when start and end are equal", () => {
    expect(overall.strict).toMatchObject({ tp: 2, fp: 2, fn: 2, precision: 0.5, recall: 0.5, f1: 0.5 });
  });

  it("counts relaxed spans when they overlap", () => {
    expect(overall.relaxed).toMatchObject({ tp: 3, fp: 1, fn: 1, precision: 0.75, recall: 0.75 });
  });

  it("counts a value when the spans overlap and the values are equal", () => {
    expect(overall.value).toMatchObject({ tp: 2, fp: 2, fn: 2 });
  });

  it("breaks the value score down by type, matching each type only with itself", () => {
    // The P3Y prediction has the right value but type DATE, so it is a DATE false positive.
    expect(overall.valueByType.DATE).toMatchObject({ tp: 1, fp: 3, fn: 2 });
    expect(overall.valueByType.DURATION).toMatchObject({ tp: 0, fp: 0, fn: 1 });
  });

  it("measures type accuracy on the relaxed-matched pairs only", () => {
    expect(overall.type).toEqual({ items: 3, correct: 2, accuracy: 2 / 3 });
  });

  it("gives the referenceDate from the gold DCT to the extractor", () => {
    const seen: (string | undefined)[] = [];
    predictAll(gold, (input) => {
      seen.push(input.referenceDate);
      return predicted;
    });
    expect(seen).toEqual(["2022-05-23"]);
  });
});

describe("scores per language and overall", () => {
  const en = "Sales rose in 2021.";
  const de = "Der Umsatz stieg 2021.";
  const gold = goldOf([
    { id: "en", lang: "en", text: en, timexes: [timex(en, "2021", "DATE", "2021")] },
    { id: "de", lang: "de", text: de, timexes: [timex(de, "2021", "DATE", "2021")] },
  ]);
  const predictor = predictorFor({ [en]: prediction({ timexes: [timex(en, "2021", "DATE", "2021")] }), [de]: prediction() });
  const { report } = section(evaluate(gold, predictAll(gold, predictor), ["timex"]).sections, "timex");

  it("micro-averages the languages into the overall score", () => {
    expect(report.byLanguage.en!.value).toMatchObject({ tp: 1, fp: 0, fn: 0, f1: 1 });
    expect(report.byLanguage.de!.value).toMatchObject({ tp: 0, fp: 0, fn: 1, f1: 0 });
    expect(report.overall.value).toMatchObject({ tp: 1, fp: 0, fn: 1, precision: 1, recall: 0.5 });
    expect(report.overall.documents).toBe(2);
  });
});

describe("entity scoring (CoNLL)", () => {
  const text = "Xiaomi and Leica Camera AG met in Wetzlar.";
  const gold = goldOf([
    {
      id: "d1",
      lang: "en",
      text,
      entities: [
        { ...spanOf(text, "Xiaomi"), type: "ORG" },
        { ...spanOf(text, "Leica Camera AG"), type: "ORG" },
        { ...spanOf(text, "Wetzlar"), type: "LOC" },
      ],
    },
  ]);
  const entity = (quote: string, type: "ORG" | "LOC" | "PER") => ({ ...spanOf(text, quote), type, canonical: quote });
  const predicted = prediction({ entities: [entity("Xiaomi", "ORG"), entity("Leica", "ORG"), entity("Wetzlar", "PER")] });
  const { overall } = section(evaluate(gold, predictAll(gold, predictorFor({ [text]: predicted })), ["ner"]).sections, "ner").report;

  it("needs the exact span and the type", () => {
    expect(overall.exact).toMatchObject({ tp: 1, fp: 2, fn: 2 });
  });

  it("reports overlapping spans of the right type apart", () => {
    expect(overall.overlap).toMatchObject({ tp: 2, fp: 1, fn: 1 });
  });

  it("breaks the exact score down by type", () => {
    expect(overall.byType.ORG).toMatchObject({ tp: 1, fp: 1, fn: 1 });
    expect(overall.byType.LOC).toMatchObject({ tp: 0, fp: 0, fn: 1 });
    expect(overall.byType.PER).toMatchObject({ tp: 0, fp: 1, fn: 0 });
  });

  it("forces the gold language on NER sentences", () => {
    const sentences = goldOf([{ id: "s1", lang: "nl", tokens: ["Hallo", "Jan"], tags: ["O", "B-PER"], text: "Hallo Jan", entities: [] }]);
    const langs = predictAll(sentences, (input) => {
      expect(input.lang).toBe("nl");
      return prediction();
    });
    expect(langs).toHaveLength(1);
  });
});

describe("claim scoring", () => {
  const text = "Xiaomi will launch it in July. Leica split from Huawei in March.";
  const first = spanOf(text, "Xiaomi will launch it in July.");
  const second = spanOf(text, "Leica split from Huawei in March.");
  const gold = goldOf([
    {
      id: "d1",
      lang: "en",
      text,
      claims: [
        { start: first.start, end: first.end, date: "2022-07" },
        { start: second.start, end: second.end, date: "2022-03" },
      ],
    },
  ]);
  const claim = (span: { start: number; end: number; text: string }, date: string) => ({
    ...span,
    date,
    timex: { start: span.start, end: span.start + 1 },
    subject: null,
    entities: [],
    attribution: null,
    modality: "asserted" as const,
  });
  // The first is matched with its date; the second overlaps but has the wrong date.
  const predicted = prediction({ claims: [claim(spanOf(text, "Xiaomi will launch"), "2022-07"), claim(second, "2022-04")] });
  const { overall } = section(evaluate(gold, predictAll(gold, predictorFor({ [text]: predicted })), ["claims"]).sections, "claims").report;

  it("matches a claim when the spans overlap and the dates are equal", () => {
    expect(overall.dated).toMatchObject({ tp: 1, fp: 1, fn: 1 });
  });

  it("reports span overlap alone beside it", () => {
    expect(overall.span).toMatchObject({ tp: 2, fp: 0, fn: 0 });
  });
});

describe("language scoring", () => {
  // Five sentences: nl nl | en en | de. Gold boundaries before sentence 2 and sentence 4.
  const text = "Dit is een zin. Nog een zin.\n\nThis is English. More English here.\n\nDas ist Deutsch.";
  const at = (quote: string) => text.indexOf(quote);
  const gold = goldOf([
    {
      id: "mixed",
      lang: "en",
      text,
      segments: [
        { start: 0, end: at("\n\nThis"), lang: "nl" },
        { start: at("This"), end: at("\n\nDas"), lang: "en" },
        { start: at("Das"), end: text.length, lang: "de" },
      ],
    },
    { id: "plain", lang: "nl", text: "Een Nederlandse zin." },
  ]);
  const segment = (start: number, end: number, code: "nl" | "en" | "de") => ({ start, end, code });
  const predictor = predictorFor({
    // One boundary, one sentence late (before sentence 3): it matches the first gold boundary.
    // The two leading nl segments are one stretch, not a boundary.
    [text]: prediction({
      language: {
        code: "en",
        confidence: 1,
        segments: [segment(0, 5, "nl"), segment(5, at("More"), "nl"), segment(at("More"), text.length, "en")],
      },
    }),
    "Een Nederlandse zin.": prediction({ code: "de" }),
  });
  const { overall } = section(evaluate(gold, predictAll(gold, predictor), ["lang"]).sections, "lang").report;

  it("scores the document code as accuracy", () => {
    expect(overall.code).toEqual({ items: 2, correct: 1, accuracy: 0.5 });
  });

  it("takes und as the right answer for a language claimx does not cover", () => {
    const afrikaans = goldOf([
      { lang: "af", text: "Dit is 'n groot werk." },
      { lang: "ms", text: "Saya suka makan." },
    ]);
    const answers = predictorFor({ "Dit is 'n groot werk.": prediction({ code: "und" }), "Saya suka makan.": prediction({ code: "id" }) });
    const report = section(evaluate(afrikaans, predictAll(afrikaans, answers), ["lang"]).sections, "lang").report;
    expect(report.overall.code).toEqual({ items: 2, correct: 1, accuracy: 0.5 });
  });

  it("counts boundaries within one sentence of the gold ones, one to one", () => {
    expect(overall.segmentedDocuments).toBe(1);
    expect(overall.boundaries).toMatchObject({ tp: 1, fp: 0, fn: 1 });
  });

  it("does not count a boundary two sentences away", () => {
    // Gold boundaries before sentences 2 and 4, predicted before 4: it matches the second.
    const atTheSecond = predictorFor({
      [text]: prediction({ language: { code: "nl", confidence: 1, segments: [segment(0, at("Das"), "nl"), segment(at("Das"), text.length, "de")] } }),
      "Een Nederlandse zin.": prediction({ code: "nl" }),
    });
    const farther = predictorFor({
      [text]: prediction({ language: { code: "nl", confidence: 1, segments: [segment(0, 3, "nl"), segment(3, text.length, "de")] } }),
      "Een Nederlandse zin.": prediction({ code: "nl" }),
    });
    const scoresOf = (predictor: typeof atTheSecond) => section(evaluate(gold, predictAll(gold, predictor), ["lang"]).sections, "lang").report.overall;
    expect(scoresOf(atTheSecond).boundaries).toMatchObject({ tp: 1, fp: 0, fn: 1 });
    // A boundary inside the first sentence is two sentences from the nearest gold boundary.
    expect(scoresOf(farther).boundaries).toMatchObject({ tp: 0, fp: 1, fn: 2 });
  });
});

describe("isolated expression scoring", () => {
  const expression = (id: string, text: string, type: string, value: string | null, bounds: object = {}) => ({
    id,
    lang: "de",
    text,
    ref_time: "2017-07-11T20:21:25",
    type,
    value,
    ...bounds,
  });
  const gold = goldOf([
    expression("e1", "am 19.7 um 10 Uhr", "TIME", "2017-07-19T10:00"),
    expression("e2", "19.7", "DATE", "2017-07-19"),
    expression("e3", "morgen", "DATE", "2017-07-12"),
    expression("e4", "vom 21 auf 22 Juli", "INTERVAL", null, { start_value: "2017-07-21", end_value: "2017-07-22" }),
    expression("e5", "ab 19 Uhr", "INTERVAL", null, { start_value: "2017-07-11T19:00", end_value: null }),
  ]);
  const t = (text: string, quote: string, type: Timex["type"], value: string) => timex(text, quote, type, value);
  const predictor = predictorFor({
    // The longest timex stands for the expression.
    "am 19.7 um 10 Uhr": prediction({
      timexes: [t("am 19.7 um 10 Uhr", "19.7", "DATE", "2017-07-19"), t("am 19.7 um 10 Uhr", "19.7 um 10 Uhr", "TIME", "2017-07-19T10:00")],
    }),
    "19.7": prediction({ timexes: [t("19.7", "19.7", "DATE", "2018-07-19")] }),
    morgen: prediction(),
    "vom 21 auf 22 Juli": prediction({
      timexes: [t("vom 21 auf 22 Juli", "21", "DATE", "2017-07-21"), t("vom 21 auf 22 Juli", "22 Juli", "DATE", "2017-07-22")],
    }),
    "ab 19 Uhr": prediction({ timexes: [t("ab 19 Uhr", "19 Uhr", "TIME", "2017-07-11T18:00")] }),
  });
  const report = evaluate(gold, predictAll(gold, predictor));
  const { overall } = section(report.sections, "expressions").report;

  it("is the timex task for this shape, and the only one", () => {
    expect(report.sections.map((s) => s.task)).toEqual(["expressions"]);
  });

  it("scores the value of the longest timex, DATE and TIME together as the headline", () => {
    expect(overall.byType.TIME).toEqual({ items: 1, found: 1, correct: 1, accuracy: 1 });
    expect(overall.byType.DATE).toEqual({ items: 2, found: 1, correct: 0, accuracy: 0 });
    expect(overall.headline).toEqual({ items: 3, correct: 1, accuracy: 1 / 3 });
  });

  it("scores intervals apart: right when every gold bound was found", () => {
    expect(overall.byType.INTERVAL).toEqual({ items: 2, found: 2, correct: 1, accuracy: 0.5 });
  });

  it("refuses a task the gold cannot score", () => {
    expect(() => evaluate(gold, predictAll(gold, predictor), ["ner"])).toThrow(UnsupportedTaskError);
  });
});
