/**
 * Runs jobs on a pool of worker threads and hands back their records in input order, so a run
 * on many cores prints the same bytes as a run on one. At most a few jobs per thread are in
 * flight, which keeps memory flat however many inputs there are.
 */
import { Piscina } from "piscina";
import type { DocumentRecord } from "../schema/record.js";
import { interrupted } from "./exit.js";
import { processJob, type Job, type ProcessOptions } from "./process-job.js";

const IN_FLIGHT_PER_THREAD = 4;

export async function* runJobs(jobs: AsyncIterable<Job> | Iterable<Job>, options: ProcessOptions, concurrency: number): AsyncGenerator<DocumentRecord> {
  if (concurrency <= 1) {
    for await (const job of jobs) {
      // Reading and extraction are synchronous; without a turn of the event loop between
      // documents a Ctrl-C would only be seen after the last one.
      await new Promise(setImmediate);
      if (interrupted()) return;
      yield await processJob(job, options);
    }
    return;
  }
  const pool = new Piscina({ filename: new URL("./worker.js", import.meta.url).href, minThreads: concurrency, maxThreads: concurrency });
  const pending: Promise<DocumentRecord>[] = [];
  try {
    for await (const job of jobs) {
      if (interrupted()) return;
      // Standard input belongs to the main thread.
      pending.push(job.kind === "stdin" ? processJob(job, options) : (pool.run({ job, options }) as Promise<DocumentRecord>));
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
