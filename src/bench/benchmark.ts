/**
 * What every benchmark file exports: a named run that returns its report as text. `run.ts`
 * runs them in order; each one times claimx beside a peer on the same data in the same run.
 */
import type { BenchCorpus } from "./corpus.js";

export interface BenchContext {
  /** The shared data folder (`../shared/data`), or null in a clone without it. */
  readonly dataDir: string | null;
  /** The repository's `fixtures/` folder. */
  readonly fixturesDir: string;
  /** The multilingual news corpus, built on first use and shared by the benchmarks. */
  corpus(): BenchCorpus;
}

export interface Benchmark {
  /** Matched by the name filter of `npm run bench -- <name>`. */
  readonly name: string;
  readonly description: string;
  run(context: BenchContext): string | Promise<string>;
}
