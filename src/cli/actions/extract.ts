/** `claimx extract`: inputs → jobs → records in order → the chosen format. */
import { statSync } from "node:fs";
import type { DocumentRecord } from "../../schema/record.js";
import { expandInputs, type Input } from "../../sources/expand.js";
import { readTextJobs } from "../../sources/ndjson-input.js";
import { inShard, type Shard } from "../../sources/shard.js";
import { formatCsv } from "../../output/csv.js";
import { formatJson, ndjsonLineOf } from "../../output/json.js";
import { formatTable } from "../../output/table.js";
import { groupClaims } from "../../group/cluster.js";
import type { ExtractFlags } from "../commands/extract.js";
import { recordOf } from "../finished-record.js";
import { openSink } from "../output-sink.js";
import type { Job } from "../process-job.js";
import { startProgress } from "../progress.js";
import { reportProblems } from "../report-problems.js";
import { runJobs } from "../run-jobs.js";
import { interrupted, EXIT } from "../exit.js";
import { UsageError } from "../usage-error.js";

export async function runExtract(paths: string[], flags: ExtractFlags): Promise<number> {
  const sink = openSink(flags.output);
  const format = flags.format ?? (sink.isTerminal ? "table" : "json");
  if (flags.group && format === "ndjson") {
    throw new UsageError("--group needs every document first; stream with --format ndjson and pipe into: claimx group");
  }
  const { jobs, sizes } = flags.input === "ndjson" ? { jobs: shardJobs(readTextJobs(paths), flags.shard), sizes: null } : await fileJobs(paths, flags);
  const progress = await startProgress(sizes?.size ?? 0, flags.quiet);
  const records: DocumentRecord[] = [];
  let failed = 0;
  // One worker per input at most: a pool costs more to start than a single article takes.
  const concurrency = sizes ? Math.min(flags.concurrency, sizes.size) : flags.concurrency;
  const sizeOf = (job: Job) => (job.kind === "text" ? job.text.length : (sizes?.get(job.path) ?? 0));
  for await (const batch of runJobs(jobs, flags, concurrency, sizeOf)) {
    let lines = "";
    for (const finished of batch) {
      reportProblems(finished, flags.quiet);
      progress.advance(sizes?.get(finished.source) ?? 0);
      if (finished.error) failed++;
      if (format === "ndjson") lines += ndjsonLineOf(finished.json);
      else records.push(recordOf(finished));
    }
    // A batch's records are ready together: one write for all of them.
    if (lines) sink.write(lines);
  }
  progress.stop();
  if (interrupted()) {
    sink.close();
    return EXIT.interrupted;
  }
  const groups = flags.group ? groupClaims(records) : undefined;
  if (format === "json") sink.write(formatJson(records, groups));
  if (format === "csv") sink.write(formatCsv(records, groups));
  if (format === "table") {
    const width = process.stdout.columns || 120;
    // Loaded only for the table: the formats for programs do without colors.
    const { colorsFor } = await import("../colors.js");
    sink.write(formatTable(records, groups, { width, color: colorsFor(sink.isTerminal, flags.color) }));
  }
  sink.close();
  return failed ? EXIT.someFailed : EXIT.ok;
}

async function fileJobs(paths: string[], flags: ExtractFlags): Promise<{ jobs: Input[]; sizes: Map<string, number> }> {
  const inputs = (await expandInputs(paths, { include: flags.include, exclude: flags.exclude })).filter((input) => !flags.shard || inShard(input.path, flags.shard));
  if (!inputs.length && !flags.shard) throw new UsageError(`no files found in ${paths.join(", ")}`);
  const sizes = new Map(inputs.map((input) => [input.path, input.kind === "file" ? sizeOf(input.path) : 0]));
  return { jobs: inputs, sizes };
}

async function* shardJobs(jobs: AsyncIterable<Job>, shard: Shard | undefined): AsyncGenerator<Job> {
  for await (const job of jobs) if (!shard || inShard(job.path, shard)) yield job;
}

function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}
