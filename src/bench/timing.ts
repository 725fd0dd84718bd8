/**
 * Timing by passes over a whole corpus: warm-up passes first (JIT, caches), then several timed
 * passes, of which the median is reported, as it ignores a pass slowed by the other work on a
 * shared machine.
 */
import { performance } from "node:perf_hooks";

export interface TimingPlan {
  warmup: number;
  repetitions: number;
}

export const DEFAULT_PLAN: TimingPlan = { warmup: 1, repetitions: 5 };

/** Milliseconds of each timed pass. */
export function timePasses(pass: () => void, plan: TimingPlan = DEFAULT_PLAN): number[] {
  for (let i = 0; i < plan.warmup; i++) pass();
  const times: number[] = [];
  for (let i = 0; i < plan.repetitions; i++) {
    const start = performance.now();
    pass();
    times.push(performance.now() - start);
  }
  return times;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error("median of no values");
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export interface Throughput {
  milliseconds: number;
  megabytesPerSecond: number;
  documentsPerSecond: number;
}

/** Megabytes are 10^6 bytes of UTF-8, the size of the text on disk. */
export function throughput(milliseconds: number, bytes: number, documents: number): Throughput {
  const seconds = milliseconds / 1000;
  return { milliseconds, megabytesPerSecond: bytes / 1e6 / seconds, documentsPerSecond: documents / seconds };
}
