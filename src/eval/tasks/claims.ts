/**
 * Dated claims: a predicted claim matches a gold one when their spans overlap and their dates
 * are equal. The overlap-only score beside it separates "found the statement" from "dated it
 * right".
 */
import { addCounts, countMatches, NO_COUNTS, scores, type Counts, type Scores } from "../spans.js";
import type { Task } from "../task.js";

export interface ClaimsTally {
  documents: number;
  dated: Counts;
  span: Counts;
}

export interface ClaimsSummary {
  documents: number;
  dated: Scores;
  span: Scores;
}

export const claimsTask: Task<ClaimsTally, ClaimsSummary> = {
  applies: (item) => item.shape === "document" && item.gold.claims !== undefined,
  tally(item, prediction) {
    const gold = (item.shape === "document" ? (item.gold.claims ?? []) : []).map(dated);
    const predicted = prediction.claims.map(dated);
    return {
      documents: 1,
      dated: countMatches(gold, predicted, "relaxed", true),
      span: countMatches(gold, predicted, "relaxed", false),
    };
  },
  add: (a, b) => ({
    documents: a.documents + b.documents,
    dated: addCounts(a.dated, b.dated),
    span: addCounts(a.span, b.span),
  }),
  zero: { documents: 0, dated: NO_COUNTS, span: NO_COUNTS },
  summarize: (t) => ({ documents: t.documents, dated: scores(t.dated), span: scores(t.span) }),
};

function dated(claim: { start: number; end: number; date: string }) {
  return { start: claim.start, end: claim.end, label: claim.date };
}
