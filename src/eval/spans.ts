/**
 * Precision, recall and F1 over spans, the way CoNLL and TempEval-3 count them: strict spans
 * must match exactly, relaxed spans must overlap; each gold span is matched at most once.
 */
export interface Span {
  start: number;
  end: number;
  /** Entity type, timex value, … : what must also agree for the pair to count. */
  label?: string;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Scores extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export type SpanMatch = "strict" | "relaxed";

export function countMatches(gold: readonly Span[], predicted: readonly Span[], match: SpanMatch, withLabel: boolean): Counts {
  const tp = matchSpans(gold, predicted, match, withLabel).length;
  return { tp, fp: predicted.length - tp, fn: gold.length - tp };
}

/** A matched pair: indices into the gold and the predicted lists. */
export interface SpanPair {
  gold: number;
  predicted: number;
}

/**
 * The pairs behind {@link countMatches}, in prediction order, for measures taken on matched
 * spans only (TempEval-3 type accuracy).
 */
export function matchSpans(gold: readonly Span[], predicted: readonly Span[], match: SpanMatch, withLabel: boolean): SpanPair[] {
  const used = new Array<boolean>(gold.length).fill(false);
  const pairs: SpanPair[] = [];
  predicted.forEach((p, predictedIndex) => {
    const index = gold.findIndex(
      (g, i) => !used[i] && spansMatch(g, p, match) && (!withLabel || g.label === p.label),
    );
    if (index >= 0) {
      used[index] = true;
      pairs.push({ gold: index, predicted: predictedIndex });
    }
  });
  return pairs;
}

function spansMatch(a: Span, b: Span, match: SpanMatch): boolean {
  return match === "strict" ? a.start === b.start && a.end === b.end : a.start < b.end && b.start < a.end;
}

export function addCounts(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}

export const NO_COUNTS: Counts = { tp: 0, fp: 0, fn: 0 };

export function scores(counts: Counts): Scores {
  const precision = counts.tp + counts.fp ? counts.tp / (counts.tp + counts.fp) : 0;
  const recall = counts.tp + counts.fn ? counts.tp / (counts.tp + counts.fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { ...counts, precision, recall, f1 };
}

/**
 * {@link countMatches} within each group (entity type, timex type): spans are matched only with
 * spans of their own group, so a group's counts read like a corpus of that type alone.
 */
export function countMatchesByGroup<T extends Span>(
  gold: readonly T[],
  predicted: readonly T[],
  groupOf: (span: T) => string,
  match: SpanMatch,
  withLabel: boolean,
): Record<string, Counts> {
  const groups = [...new Set([...gold, ...predicted].map(groupOf))];
  const inGroup = (list: readonly T[], group: string) => list.filter((span) => groupOf(span) === group);
  return Object.fromEntries(
    groups.map((group) => [group, countMatches(inGroup(gold, group), inGroup(predicted, group), match, withLabel)]),
  );
}

export function addCountsByGroup(a: Record<string, Counts>, b: Record<string, Counts>): Record<string, Counts> {
  const groups = new Set([...Object.keys(a), ...Object.keys(b)]);
  return Object.fromEntries([...groups].map((group) => [group, addCounts(a[group] ?? NO_COUNTS, b[group] ?? NO_COUNTS)]));
}

/** Scores per group, groups in alphabetical order. */
export function scoresByGroup(counts: Record<string, Counts>): Record<string, Scores> {
  return Object.fromEntries(
    Object.keys(counts)
      .sort()
      .map((group) => [group, scores(counts[group]!)]),
  );
}
