/** A worker thread of the pool: runs jobs exactly as the main thread would. */
import { processJob, type Job, type ProcessOptions } from "./process-job.js";

export default function runJob({ job, options }: { job: Job; options: ProcessOptions }) {
  return processJob(job, options);
}
