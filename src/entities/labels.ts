import type { EntityType } from "../schema/record.js";

/** IOB2 labels. The index of a label is its column in every weight row. */
export const ENTITY_TYPES: readonly EntityType[] = ["PER", "ORG", "LOC", "MISC"];
export const LABELS: readonly string[] = ["O", ...ENTITY_TYPES.flatMap((type) => [`B-${type}`, `I-${type}`])];
export const LABEL_COUNT = LABELS.length;

export function labelIndex(label: string): number {
  const index = LABELS.indexOf(label);
  if (index < 0) throw new Error(`unknown label ${label}`);
  return index;
}

/** The type a label belongs to, or null for O. */
export function labelType(label: number): EntityType | null {
  return label === 0 ? null : (ENTITY_TYPES[(label - 1) >> 1] ?? null);
}

export function isInside(label: number): boolean {
  return label > 0 && (label & 1) === 0;
}

/** IOB2 forbids I-X unless it follows B-X or I-X: Viterbi never considers such a pair. */
export function allowedAfter(previous: number, label: number): boolean {
  if (!isInside(label)) return true;
  return previous === label || previous === label - 1;
}

export interface TokenSpan {
  /** First token of the entity. */
  start: number;
  /** One past the last token. */
  end: number;
  type: EntityType;
}

/** Entity spans over token indices from an IOB2 label sequence. */
export function labelsToSpans(labels: ArrayLike<number>): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let open: TokenSpan | null = null;
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i] ?? 0;
    const type = labelType(label);
    if (open && (type !== open.type || !isInside(label))) {
      open.end = i;
      spans.push(open);
      open = null;
    }
    if (type && !open) open = { start: i, end: i + 1, type };
  }
  if (open) {
    open.end = labels.length;
    spans.push(open);
  }
  return spans;
}
