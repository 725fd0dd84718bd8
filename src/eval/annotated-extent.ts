/**
 * Some corpora annotate only the opening of each document: MEANTIME marks timexes and
 * entities in the first sentences of every article and leaves the rest of the text bare.
 * Scored against the whole text, every right answer in the bare part would count as a false
 * positive. This keeps only the predictions that start before the document's last gold
 * annotation, an estimate of the annotated stretch that errs towards scoring too little
 * rather than too much.
 */
import type { ScoredItem } from "./task.js";

export function clipToAnnotatedExtent(scored: readonly ScoredItem[]): ScoredItem[] {
  return scored.map(({ item, prediction }) => {
    if (item.shape !== "document") return { item, prediction };
    const gold = item.gold;
    const layers = [gold.timexes ?? [], gold.entities ?? [], gold.claims ?? []];
    const extent = Math.max(0, ...layers.flat().map((annotation) => annotation.end));
    const inside = (span: { start: number }) => span.start < extent;
    return {
      item,
      prediction: {
        ...prediction,
        timexes: prediction.timexes.filter(inside),
        entities: prediction.entities.filter(inside),
        claims: prediction.claims.filter(inside),
      },
    };
  });
}
