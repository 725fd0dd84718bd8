/**
 * Isolated time expressions (the ctparse corpus): the value of the longest timex found (the
 * first among equals) must equal the gold value. DATE and TIME items are the headline number;
 * INTERVAL items have two bounds and no single TIMEX3 value, so they are scored apart: right
 * when every gold bound is among the predicted values.
 */
import type { Timex } from "../../schema/record.js";
import type { Task } from "../task.js";
import { accuracy, type Accuracy } from "../accuracy.js";

export interface ExpressionTally {
  /** Per gold type: items, items where some timex was found, items with the right value. */
  byType: Record<string, { items: number; found: number; correct: number }>;
}

export interface ExpressionSummary {
  /** DATE and TIME items together. */
  headline: Accuracy;
  byType: Record<string, Accuracy & { found: number }>;
}

const HEADLINE_TYPES = ["DATE", "TIME"];

export const expressionTask: Task<ExpressionTally, ExpressionSummary> = {
  applies: (item) => item.shape === "expression",
  tally(item, prediction) {
    if (item.shape !== "expression") return expressionTask.zero;
    const gold = item.gold;
    const type = gold.type ?? "NONE";
    const found = prediction.timexes.length > 0;
    const correct =
      type === "INTERVAL"
        ? intervalFound(prediction.timexes, [gold.start_value, gold.end_value])
        : found && mainTimex(prediction.timexes)!.value === gold.value;
    return { byType: { [type]: { items: 1, found: found ? 1 : 0, correct: correct ? 1 : 0 } } };
  },
  add(a, b) {
    const byType = { ...a.byType };
    for (const [type, t] of Object.entries(b.byType)) {
      const sum = byType[type] ?? { items: 0, found: 0, correct: 0 };
      byType[type] = { items: sum.items + t.items, found: sum.found + t.found, correct: sum.correct + t.correct };
    }
    return { byType };
  },
  zero: { byType: {} },
  summarize(t) {
    const headline = HEADLINE_TYPES.map((type) => t.byType[type]).filter((x) => x !== undefined);
    return {
      headline: accuracy(
        headline.reduce((n, x) => n + x.items, 0),
        headline.reduce((n, x) => n + x.correct, 0),
      ),
      byType: Object.fromEntries(
        Object.keys(t.byType)
          .sort()
          .map((type) => {
            const x = t.byType[type]!;
            return [type, { ...accuracy(x.items, x.correct), found: x.found }];
          }),
      ),
    };
  },
};

/** The longest timex, the first among equals: the one that stands for the whole expression. */
export function mainTimex(timexes: readonly Timex[]): Timex | undefined {
  return timexes.reduce<Timex | undefined>(
    (best, t) => (!best || t.end - t.start > best.end - best.start ? t : best),
    undefined,
  );
}

function intervalFound(timexes: readonly Timex[], bounds: readonly (string | null | undefined)[]): boolean {
  const wanted = bounds.filter((b): b is string => typeof b === "string");
  const values = new Set(timexes.map((t) => t.value));
  return wanted.length > 0 && wanted.every((b) => values.has(b));
}
