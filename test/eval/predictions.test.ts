import { describe, expect, it } from "vitest";
import { evaluate, predictAll } from "../../src/eval/evaluate.js";
import { headline } from "../../src/eval/headline.js";
import { claimxPredictor } from "../../src/eval/predict.js";
import { iob2Tags, predictionLines } from "../../src/eval/predictions-file.js";
import { parseGold, readGoldFile } from "../../src/eval/read-gold.js";
import type { Timex } from "../../src/schema/record.js";
import { fixture, goldOf, prediction, predictorFor, spanOf } from "./hand-made.js";

describe("--predictions", () => {
  it("writes one line per gold item, in the gold shape and with the gold id", () => {
    for (const name of ["tempeval3-platinum.jsonl", "meantime-en.jsonl", "idner-news-2k.jsonl", "ctparse.jsonl"]) {
      const gold = readGoldFile(fixture(name));
      const written = parseGold("predicted.jsonl", predictionLines(predictAll(gold, claimxPredictor)));
      expect(written.shape).toBe(gold.shape);
      expect(written.items.map((i) => i.id)).toEqual(gold.items.map((i) => i.id));
    }
  });

  it("round-trips: the written predictions, read as gold, score perfectly against the same predictions", () => {
    const text = "On 5 May 2022 Xiaomi met Leica.";
    const gold = goldOf([{ id: "d1", lang: "en", text, timexes: [] }]);
    const timex: Timex = { ...spanOf(text, "5 May 2022"), type: "DATE", value: "2022-05-05" };
    const predicted = prediction({
      code: "en",
      timexes: [timex],
      entities: [{ ...spanOf(text, "Xiaomi"), type: "ORG", canonical: "Xiaomi" }],
      claims: [{ ...spanOf(text, text), date: "2022-05-05", timex, subject: "Xiaomi", entities: ["Xiaomi"], attribution: null, modality: "asserted" }],
    });
    const predictor = predictorFor({ [text]: predicted });
    const written = parseGold("predicted.jsonl", predictionLines(predictAll(gold, predictor)));
    expect(written.items[0]!.gold).toMatchObject({
      id: "d1",
      lang: "en",
      timexes: [{ start: 3, end: 13, text: "5 May 2022", type: "DATE", value: "2022-05-05" }],
      entities: [{ start: 14, end: 20, text: "Xiaomi", type: "ORG" }],
      claims: [{ start: 0, end: text.length, date: "2022-05-05", timex: [3, 13] }],
    });
    const report = evaluate(written, predictAll(written, predictor));
    expect(report.sections.map((section) => [section.task, headline(section).value])).toEqual([
      ["timex", 1],
      ["ner", 1],
      ["lang", 1],
      ["claims", 1],
    ]);
  });

  it("tags NER sentences in IOB2 from the predicted spans", () => {
    const tokens = ["Presiden", "Soesilo", "Bambang", "Yudhoyono", "di", "Jakarta", "."];
    const text = tokens.join(" ");
    const entities = [
      { ...spanOf(text, "Soesilo Bambang Yudhoyono"), type: "PER" as const },
      { ...spanOf(text, "Jakarta"), type: "LOC" as const },
    ];
    expect(iob2Tags(tokens, entities)).toEqual(["O", "B-PER", "I-PER", "I-PER", "O", "B-LOC", "O"]);
  });
});
