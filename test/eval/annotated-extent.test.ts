import { describe, expect, it } from "vitest";
import { clipToAnnotatedExtent } from "../../src/eval/annotated-extent.js";
import { evaluate, predictAll } from "../../src/eval/evaluate.js";
import { headline } from "../../src/eval/headline.js";
import type { Timex } from "../../src/schema/record.js";
import { goldOf, prediction, predictorFor, spanOf } from "./hand-made.js";

describe("gold that annotates only the opening of each document", () => {
  // Only the first sentence is annotated; the second has a timex nobody marked.
  const text = "Airbus won the deal in 2008, said Reuters. Boeing protested in March.";
  const gold = goldOf([
    {
      id: "d1",
      lang: "en",
      text,
      timexes: [{ ...spanOf(text, "2008"), type: "DATE", value: "2008" }],
      entities: [{ ...spanOf(text, "Reuters"), type: "ORG" }],
    },
  ]);
  const timex = (quote: string, value: string): Timex => ({ ...spanOf(text, quote), type: "DATE", value });
  const scored = predictAll(
    gold,
    predictorFor({
      [text]: prediction({
        timexes: [timex("2008", "2008"), timex("March", "2008-03")],
        entities: [{ ...spanOf(text, "Boeing"), type: "ORG", canonical: "Boeing" }],
      }),
    }),
  );

  it("counts answers in the unannotated rest as false positives when scored whole", () => {
    expect(headline(evaluate(gold, scored, ["timex"]).sections[0]!).value).toBeCloseTo(2 / 3);
  });

  it("drops the predictions that start after the last gold annotation", () => {
    const clipped = clipToAnnotatedExtent(scored)[0]!.prediction;
    expect(clipped.timexes.map((t) => t.text)).toEqual(["2008"]);
    expect(clipped.entities).toEqual([]);
    expect(headline(evaluate(gold, clipToAnnotatedExtent(scored), ["timex"]).sections[0]!).value).toBe(1);
  });
});
