/**
 * Runs jobs on a pool of worker threads and hands back their records in input order, so a run
 * on many cores prints the same bytes as a run on one. Jobs travel in small batches, and at
 * most a few batches per thread are in flight, which keeps memory flat however many inputs
 * there are.
 */
import type { Piscina } from "piscina";
import { interrupted } from "./exit.js";
import { errorRecord } from "../pipeline/error-record.js";
import { finish, type FinishedRecord } from "./finished-record.js";
import type { Job, ProcessOptions } from "./process-job.js";

/** How long the calling thread extracts, at most, before the event loop runs and a Ctrl-C is seen. */
const TURN_MS = 50;
/** Batches in flight per thread: one running, one waiting in the worker, one coming back. */
const IN_FLIGHT_PER_THREAD = 3;
/**
 * A batch closes at this much input or this many jobs. News articles are a few kB: one job
 * per message made each worker wait for the main thread between articles (a tenth of its time
 * idle), and the main thread pay a message, a promise and a write per record. A file larger
 * than this travels alone.
 */
const BATCH_BYTES = 64 * 1024;
const BATCH_JOBS = 32;
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

/** What a worker thread of the pool is handed: jobs to run in order. */
export interface Batch {
  jobs: Job[];
  options: ProcessOptions;
}

/**
 * The records of `jobs` in input order, in batches: each batch's records are ready together,
 * so a caller can write them at once.
 * @param sizeOf the bytes a job will read, where known (0: unknown), to size the batches
 */
export async function* runJobs(
  jobs: AsyncIterable<Job> | Iterable<Job>,
  options: ProcessOptions,
  concurrency: number,
  sizeOf: (job: Job) => number = () => 0,
): AsyncGenerator<FinishedRecord[]> {
  if (concurrency <= 1) {
    let turn = performance.now();
    for await (const job of jobs) {
      // Reading and extraction are synchronous; without a turn of the event loop now and then
      // a Ctrl-C would only be seen after the last document. A turn per document cost some
      // 10,000 turns (and polls of the operating system) on the bench's corpus.
      if (performance.now() - turn >= TURN_MS) {
        await new Promise(setImmediate);
        turn = performance.now();
      }
      if (interrupted()) return;
      yield [await inThisThread(job, options)];
    }
    return;
  }
  // Loaded only here: a run on one thread (one article, --concurrency 1) never needs it.
  const { Piscina } = await import("piscina");
  const pool = new Piscina({
    filename: new URL("./worker.js", import.meta.url).href,
    minThreads: concurrency,
    maxThreads: concurrency,
    // A second batch waits in each worker, so a worker that finishes one starts the next at
    // once instead of idling until the main thread answers.
    concurrentTasksPerWorker: 2,
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_MB },
  });
  const pending: Promise<FinishedRecord[]>[] = [];
  const batches = batchesOf(jobs, sizeOf);
  try {
    let nextBatch = batches.next();
    let inputDone = false;
    while (!inputDone || pending.length) {
      if (interrupted()) return;
      const room = !inputDone && pending.length < concurrency * IN_FLIGHT_PER_THREAD;
      // With room for more, take the next batch or hand out the oldest records, whichever is
      // ready first: a stream that pauses must not hold back records that are done.
      const next = room ? await Promise.race([nextBatch, ...pending.slice(0, 1).map((head) => head.then((): typeof HEAD_DONE => HEAD_DONE))]) : HEAD_DONE;
      if (next === HEAD_DONE) {
        yield await pending.shift()!;
        continue;
      }
      if (next.done) {
        inputDone = true;
        continue;
      }
      const batch = next.value;
      nextBatch = batches.next();
      // Standard input belongs to the main thread: it always travels alone.
      pending.push(batch[0]!.kind === "stdin" ? inThisThread(batch[0]!, options).then((record) => [record]) : runInPool(pool, batch, options));
    }
  } finally {
    // Jobs still in flight after a Ctrl-C are abandoned: the pool rejects them as it stops.
    for (const batch of pending) batch.catch(() => undefined);
    // A worker may post the result of a batch the pool has already abandoned; piscina reports
    // it as an `error` event, which without a listener would crash the run on its way out.
    pool.on("error", () => undefined);
    await pool.destroy();
  }
}

/** What the main loop of `runJobs` waits for besides the next batch: the oldest batch is done. */
const HEAD_DONE = Symbol("head done");

/**
 * Consecutive jobs grouped up to `BATCH_BYTES` of input or `BATCH_JOBS` jobs. A batch that is
 * not full goes out as soon as the next job is not ready at once (a stream that pauses), so
 * streaming input is never held back waiting for more.
 */
async function* batchesOf(jobs: AsyncIterable<Job> | Iterable<Job>, sizeOf: (job: Job) => number): AsyncGenerator<Job[]> {
  const iterator = Symbol.asyncIterator in jobs ? jobs[Symbol.asyncIterator]() : toAsync(jobs[Symbol.iterator]());
  let batch: Job[] = [];
  let bytes = 0;
  const later = Symbol("later");
  for (;;) {
    const next = iterator.next();
    let result: IteratorResult<Job> | typeof later = batch.length ? await Promise.race([next, new Promise<typeof later>((resolve) => setImmediate(resolve, later))]) : await next;
    if (result === later) {
      yield batch;
      batch = [];
      bytes = 0;
      result = await next;
    }
    if (result.done) break;
    const job = result.value;
    if (job.kind === "stdin") {
      if (batch.length) yield batch;
      yield [job];
      batch = [];
      bytes = 0;
      continue;
    }
    batch.push(job);
    bytes += sizeOf(job);
    if (bytes >= BATCH_BYTES || batch.length >= BATCH_JOBS) {
      yield batch;
      batch = [];
      bytes = 0;
    }
  }
  if (batch.length) yield batch;
}

/** A synchronous iterator as an asynchronous one whose results are ready at once. */
function toAsync<T>(iterator: Iterator<T>): AsyncIterator<T> {
  return { next: () => Promise.resolve(iterator.next()) };
}

let pipeline: Promise<typeof import("./process-job.js")> | undefined;

/**
 * A job run by the calling thread. The pipeline loads on first use: with a pool, the main
 * thread only hands out paths and prints, and its memory stays free of the extraction modules.
 */
async function inThisThread(job: Job, options: ProcessOptions): Promise<FinishedRecord> {
  const { processJob } = await (pipeline ??= import("./process-job.js"));
  return finish(await processJob(job, options));
}

/**
 * A worker that dies (out of memory) takes every batch it holds with it. Each job of a failed
 * batch then runs again alone, one after the other, so only the job that kills a worker again
 * costs its record (INTERNAL); the jobs that merely shared the worker get theirs.
 */
async function runInPool(pool: Piscina, jobs: Job[], options: ProcessOptions, retry = true): Promise<FinishedRecord[]> {
  try {
    return (await pool.run({ jobs, options } satisfies Batch)) as FinishedRecord[];
  } catch (error) {
    if (retry) {
      const records: FinishedRecord[] = [];
      for (const job of jobs) records.push(...(await runInPool(pool, [job], options, false)));
      return records;
    }
    const [job] = jobs as [Job];
    return [finish(errorRecord(job.path, { code: "INTERNAL", message: `${job.path}: claimx failed on this input (${(error as Error).message})` }))];
  }
}
