/**
 * Temporal expressions, TempEval-3 style: strict and relaxed span P/R/F1; value P/R/F1, where a
 * prediction counts when it overlaps a gold span and has the same value; and type accuracy
 * over the relaxed-matched pairs. The value score is also broken down by type (DATE, TIME,
 * DURATION, SET), matching gold and predictions of the same type only.
 */
import {
  addCounts,
  addCountsByGroup,
  countMatches,
  countMatchesByGroup,
  matchSpans,
  NO_COUNTS,
  scores,
  scoresByGroup,
  type Counts,
  type Scores,
} from "../spans.js";
import type { Task } from "../task.js";
import { accuracy, type Accuracy } from "../accuracy.js";

export interface TimexTally {
  documents: number;
  gold: number;
  predicted: number;
  strict: Counts;
  relaxed: Counts;
  value: Counts;
  typeMatched: number;
  typeCorrect: number;
  valueByType: Record<string, Counts>;
}

export interface TimexSummary {
  documents: number;
  gold: number;
  predicted: number;
  strict: Scores;
  relaxed: Scores;
  value: Scores;
  type: Accuracy;
  valueByType: Record<string, Scores>;
}

export const timexTask: Task<TimexTally, TimexSummary> = {
  applies: (item) => item.shape === "document" && item.gold.timexes !== undefined,
  tally(item, prediction) {
    const gold = item.shape === "document" ? (item.gold.timexes ?? []) : [];
    const predicted = prediction.timexes;
    const withValues = (list: readonly { start: number; end: number; type: string; value: string }[]) =>
      list.map((t) => ({ start: t.start, end: t.end, type: t.type, label: t.value }));
    const pairs = matchSpans(gold, predicted, "relaxed", false);
    return {
      documents: 1,
      gold: gold.length,
      predicted: predicted.length,
      strict: countMatches(gold, predicted, "strict", false),
      relaxed: countMatches(gold, predicted, "relaxed", false),
      value: countMatches(withValues(gold), withValues(predicted), "relaxed", true),
      typeMatched: pairs.length,
      typeCorrect: pairs.filter((pair) => gold[pair.gold]!.type === predicted[pair.predicted]!.type).length,
      valueByType: countMatchesByGroup(withValues(gold), withValues(predicted), (t) => t.type, "relaxed", true),
    };
  },
  add: (a, b) => ({
    documents: a.documents + b.documents,
    gold: a.gold + b.gold,
    predicted: a.predicted + b.predicted,
    strict: addCounts(a.strict, b.strict),
    relaxed: addCounts(a.relaxed, b.relaxed),
    value: addCounts(a.value, b.value),
    typeMatched: a.typeMatched + b.typeMatched,
    typeCorrect: a.typeCorrect + b.typeCorrect,
    valueByType: addCountsByGroup(a.valueByType, b.valueByType),
  }),
  zero: {
    documents: 0,
    gold: 0,
    predicted: 0,
    strict: NO_COUNTS,
    relaxed: NO_COUNTS,
    value: NO_COUNTS,
    typeMatched: 0,
    typeCorrect: 0,
    valueByType: {},
  },
  summarize: (t) => ({
    documents: t.documents,
    gold: t.gold,
    predicted: t.predicted,
    strict: scores(t.strict),
    relaxed: scores(t.relaxed),
    value: scores(t.value),
    type: accuracy(t.typeMatched, t.typeCorrect),
    valueByType: scoresByGroup(t.valueByType),
  }),
};
