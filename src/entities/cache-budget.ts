/**
 * How many word types the entity taggers of one thread may cache together (`Tagger`). A budget
 * per thread rather than a limit per language: a run on one language's news gives that
 * language's tagger all of it, and a run that meets all four languages holds no more than a
 * run on one. About 450 bytes a type (its scores, its text and its gazetteer phrases), so the
 * default is some 18 MB per thread. Over 23.6 MB of news that never repeats, two workers peaked
 * at 353-363 MB with it and 386-398 MB with 60,000 types, and one worker ran no slower.
 */
export const CACHED_WORD_TYPES = 40_000;

/** What the budget needs of a tagger: how many types it holds, and a way to hold fewer. */
export interface WordTypeCache {
  readonly cachedTypes: number;
  /** Forgets the later half of its types. */
  forgetHalf(): void;
}

export class CacheBudget {
  private readonly caches: WordTypeCache[] = [];

  constructor(readonly limit = CACHED_WORD_TYPES) {}

  join(cache: WordTypeCache): void {
    this.caches.push(cache);
  }

  /**
   * Makes room for `count` more word types: the largest cache, whichever language it is,
   * forgets half its types until the rest fit (or every cache is empty: a sentence longer than
   * the budget still gets tagged).
   */
  makeRoom(count: number): void {
    for (;;) {
      let total = 0;
      let largest: WordTypeCache | undefined;
      for (const cache of this.caches) {
        total += cache.cachedTypes;
        if (!largest || cache.cachedTypes > largest.cachedTypes) largest = cache;
      }
      if (total + count <= this.limit || !largest || largest.cachedTypes === 0) return;
      largest.forgetHalf();
    }
  }
}
