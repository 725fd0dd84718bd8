/** A worker thread of the pool: runs jobs exactly as the main thread would. */
import { finish } from "./finished-record.js";
import { processJob, type Job, type ProcessOptions } from "./process-job.js";

export default async function runJob({ job, options }: { job: Job; options: ProcessOptions }) {
  return finish(await processJob(job, options));
}
