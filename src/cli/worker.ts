/** A worker thread of the pool: runs a batch of jobs exactly as the main thread would, in order. */
import { finish, type FinishedRecord } from "./finished-record.js";
import { processJob } from "./process-job.js";
import type { Batch } from "./run-jobs.js";

export default async function runBatch({ jobs, options }: Batch): Promise<FinishedRecord[]> {
  const records: FinishedRecord[] = [];
  for (const job of jobs) records.push(finish(await processJob(job, options)));
  return records;
}
