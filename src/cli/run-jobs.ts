/**
 * Runs jobs on a pool of worker threads and hands back their records in input order, so a run
 * on many cores prints the same bytes as a run on one. At most a few jobs per thread are in
 * flight, which keeps memory flat however many inputs there are.
 */
import type { Piscina } from "piscina";
import { interrupted } from "./exit.js";
import { errorRecord } from "../pipeline/error-record.js";
import { finish, type FinishedRecord } from "./finished-record.js";
import type { Job, ProcessOptions } from "./process-job.js";

const IN_FLIGHT_PER_THREAD = 4;
/**
 * V8 lets an idle-rich heap grow far past what it needs before collecting; capping each
 * worker's old generation keeps a long run's memory flat. A 20 MB article (the default
 * --max-bytes) needs well under this.
 */
const WORKER_HEAP_MB = 1024;
/**
 * Each worker's young generation, below V8's default: measured on 20 MB of news whose word
 * caches fill up (what a long run reaches), two workers peaked at 407 MB with the default and
 * 350 MB with this, at the same CPU time (8 MB saved more but cost a tenth more CPU).
 */
const WORKER_YOUNG_MB = 16;

export async function* runJobs(jobs: AsyncIterable<Job> | Iterable<Job>, options: ProcessOptions, concurrency: number): AsyncGenerator<FinishedRecord> {
  if (concurrency <= 1) {
    for await (const job of jobs) {
      // Reading and extraction are synchronous; without a turn of the event loop between
      // documents a Ctrl-C would only be seen after the last one.
      await new Promise(setImmediate);
      if (interrupted()) return;
      yield await inThisThread(job, options);
    }
    return;
  }
  // Loaded only here: a run on one thread (one article, --concurrency 1) never needs it.
  const { Piscina } = await import("piscina");
  const pool = new Piscina({
    filename: new URL("./worker.js", import.meta.url).href,
    minThreads: concurrency,
    maxThreads: concurrency,
    // A second job waits in each worker, so a worker that finishes one starts the next at
    // once instead of idling until the main thread answers (measured: a fifth of a worker's
    // time went to that wait with one job per worker).
    concurrentTasksPerWorker: 2,
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_MB },
  });
  const pending: Promise<FinishedRecord>[] = [];
  try {
    for await (const job of jobs) {
      if (interrupted()) return;
      // Standard input belongs to the main thread.
      pending.push(job.kind === "stdin" ? inThisThread(job, options) : runInPool(pool, job, options));
      while (pending.length >= concurrency * IN_FLIGHT_PER_THREAD) {
        yield await pending.shift()!;
        if (interrupted()) return;
      }
    }
    while (pending.length) {
      yield await pending.shift()!;
      if (interrupted()) return;
    }
  } finally {
    // Jobs still in flight after a Ctrl-C are abandoned: the pool rejects them as it stops.
    for (const job of pending) job.catch(() => undefined);
    await pool.destroy();
  }
}

/**
 * A job run by the calling thread. The pipeline loads on first use: with a pool, the main
 * thread only hands out paths and prints, and its memory stays free of the extraction modules.
 */
async function inThisThread(job: Job, options: ProcessOptions): Promise<FinishedRecord> {
  const { processJob } = await import("./process-job.js");
  return finish(await processJob(job, options));
}

/** A worker that dies on a job (out of memory) costs that job its record, never the run. */
async function runInPool(pool: Piscina, job: Job, options: ProcessOptions): Promise<FinishedRecord> {
  try {
    return (await pool.run({ job, options })) as FinishedRecord;
  } catch (error) {
    return finish(errorRecord(job.path, { code: "INTERNAL", message: `${job.path}: claimx failed on this input (${(error as Error).message})` }));
  }
}
