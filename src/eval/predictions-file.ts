/**
 * `--predictions`: what was predicted for each gold item, written in the gold's own format
 * and under the same `id`, so a prediction and its gold can be compared line by line (and the
 * file can be read back by the evaluator).
 */
import type { Entity } from "../schema/record.js";
import type { GoldItem } from "./gold.js";
import type { Prediction } from "./predict.js";
import type { ScoredItem } from "./task.js";
import { mainTimex } from "./tasks/expressions.js";

export function predictionLines(scored: readonly ScoredItem[]): string {
  return scored.map(({ item, prediction }) => JSON.stringify(predictionRecord(item, prediction)) + "\n").join("");
}

export function predictionRecord(item: GoldItem, prediction: Prediction): object {
  switch (item.shape) {
    case "document":
      return {
        id: item.id,
        lang: prediction.language.code,
        dct: prediction.referenceDate.value,
        text: item.gold.text,
        timexes: prediction.timexes.map(({ start, end, text, type, value }) => ({ start, end, text, type, value })),
        entities: prediction.entities.map(goldEntity),
        claims: prediction.claims.map(({ start, end, date, timex }) => ({ start, end, date, timex: [timex.start, timex.end] })),
        segments: prediction.language.segments.map(({ start, end, code }) => ({ start, end, lang: code })),
      };
    case "sentence":
      return {
        id: item.id,
        lang: item.gold.lang,
        tokens: item.gold.tokens,
        tags: iob2Tags(item.gold.tokens, prediction.entities),
        text: item.gold.text,
        entities: prediction.entities.map(goldEntity),
      };
    case "expression": {
      const main = mainTimex(prediction.timexes);
      return {
        id: item.id,
        lang: item.gold.lang,
        text: item.gold.text,
        ref_time: item.gold.ref_time,
        type: main?.type ?? null,
        value: main?.value ?? null,
        timexes: prediction.timexes.map(({ start, end, text, type, value }) => ({ start, end, text, type, value })),
      };
    }
  }
}

function goldEntity({ start, end, text, type }: Entity) {
  return { start, end, text, type };
}

/**
 * IOB2 tags for tokens joined by single spaces: a token is inside an entity when it overlaps
 * it, and begins it when the entity has not covered an earlier token.
 */
export function iob2Tags(tokens: readonly string[], entities: readonly Pick<Entity, "start" | "end" | "type">[]): string[] {
  let offset = 0;
  const begun = new Set<number>();
  return tokens.map((token) => {
    const start = offset;
    const end = start + token.length;
    offset = end + 1;
    const index = entities.findIndex((e) => e.start < end && start < e.end);
    if (index < 0) return "O";
    const prefix = begun.has(index) ? "I" : "B";
    begun.add(index);
    return `${prefix}-${entities[index]!.type}`;
  });
}
