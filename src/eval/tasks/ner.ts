/**
 * Named entities, CoNLL style: a prediction counts only with the exact span and type. The
 * overlap score (span overlaps, same type) is reported beside it for corpora such as MEANTIME
 * whose gold spans are whole noun phrases.
 */
import {
  addCounts,
  addCountsByGroup,
  countMatches,
  countMatchesByGroup,
  NO_COUNTS,
  scores,
  scoresByGroup,
  type Counts,
  type Scores,
} from "../spans.js";
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
    return {
      documents: 1,
      exact: countMatches(gold, predicted, "strict", true),
      overlap: countMatches(gold, predicted, "relaxed", true),
      byType: countMatchesByGroup(gold, predicted, (e) => e.label, "strict", true),
    };
  },
  add: (a, b) => ({
    documents: a.documents + b.documents,
    exact: addCounts(a.exact, b.exact),
    overlap: addCounts(a.overlap, b.overlap),
    byType: addCountsByGroup(a.byType, b.byType),
  }),
  zero: { documents: 0, exact: NO_COUNTS, overlap: NO_COUNTS, byType: {} },
  summarize: (t) => ({
    documents: t.documents,
    exact: scores(t.exact),
    overlap: scores(t.overlap),
    byType: scoresByGroup(t.byType),
  }),
};

function typed(entity: { start: number; end: number; type: string }) {
  return { start: entity.start, end: entity.end, label: entity.type };
}
