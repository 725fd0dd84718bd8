/**
 * The items (timexes, entities) that lie inside each sentence, found in one sweep over both
 * lists, so a long article with many sentences and names costs linear time, not their product.
 */
interface Span {
  start: number;
  end: number;
}

export function withinSentences<T extends Span>(sentences: readonly Span[], items: readonly T[]): T[][] {
  const sorted = [...items].sort((a, b) => a.start - b.start);
  const result: T[][] = [];
  let next = 0;
  for (const sentence of sentences) {
    while (next < sorted.length && sorted[next]!.start < sentence.start) next++;
    const inside: T[] = [];
    for (let i = next; i < sorted.length && sorted[i]!.start < sentence.end; i++) {
      if (sorted[i]!.end <= sentence.end) inside.push(sorted[i]!);
    }
    result.push(inside);
  }
  return result;
}
