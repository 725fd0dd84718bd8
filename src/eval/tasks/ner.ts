/**
 * Named entities, CoNLL style: a prediction counts only with the exact span and type. The
 * overlap score (span overlaps, same type) is reported beside it for corpora such as MEANTIME
 * whose gold spans are whole noun phrases.
 */
import { addCounts, countMatches, NO_COUNTS, scores, type Counts, type Scores } from "../spans.js";
import type { Task } from "../task.js";

export interface NerTally {
  documents: number;
  exact: Counts;
  overlap: Counts;
  /** Exact counts per entity type. */
  byType: Record<string, Counts>;
}

export interface NerSummary {
  documents: number;
  exact: Scores;
  overlap: Scores;
  byType: Record<string, Scores>;
}

export const nerTask: Task<NerTally, NerSummary> = {
  applies: (item) => item.shape === "sentence" || (item.shape === "document" && item.gold.entities !== undefined),
  tally(item, prediction) {
    const gold = (item.shape === "expression" ? [] : (item.gold.entities ?? [])).map(typed);
    const predicted = prediction.entities.map(typed);
    const types = [...new Set([...gold, ...predicted].map((e) => e.label))];
    return {
      documents: 1,
      exact: countMatches(gold, predicted, "strict", true),
      overlap: countMatches(gold, predicted, "relaxed", true),
      byType: Object.fromEntries(
        types.map((type) => [
          type,
          countMatches(
            gold.filter((e) => e.label === type),
            predicted.filter((e) => e.label === type),
            "strict",
            true,
          ),
        ]),
      ),
    };
  },
  add: (a, b) => ({
    documents: a.documents + b.documents,
    exact: addCounts(a.exact, b.exact),
    overlap: addCounts(a.overlap, b.overlap),
    byType: Object.fromEntries(
      [...new Set([...Object.keys(a.byType), ...Object.keys(b.byType)])].map((type) => [
        type,
        addCounts(a.byType[type] ?? NO_COUNTS, b.byType[type] ?? NO_COUNTS),
      ]),
    ),
  }),
  zero: { documents: 0, exact: NO_COUNTS, overlap: NO_COUNTS, byType: {} },
  summarize: (t) => ({
    documents: t.documents,
    exact: scores(t.exact),
    overlap: scores(t.overlap),
    byType: Object.fromEntries(
      Object.keys(t.byType)
        .sort()
        .map((type) => [type, scores(t.byType[type]!)]),
    ),
  }),
};

function typed(entity: { start: number; end: number; type: string }) {
  return { start: entity.start, end: entity.end, label: entity.type };
}
