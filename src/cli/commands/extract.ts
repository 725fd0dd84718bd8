import { statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { Command, InvalidArgumentError, Option } from "commander";
import type { DocumentRecord } from "../../schema/record.js";
import { expandInputs, type Input } from "../../sources/expand.js";
import { readTextJobs } from "../../sources/ndjson-input.js";
import { DEFAULT_MAX_BYTES } from "../../sources/read.js";
import { inShard, parseShard, type Shard } from "../../sources/shard.js";
import { formatCsv } from "../../output/csv.js";
import { formatJson, formatNdjsonLine } from "../../output/json.js";
import { formatTable } from "../../output/table.js";
import { groupClaims } from "../../group/cluster.js";
import { colorsFor } from "../colors.js";
import { collect, FORMATS, parseFormat, parseLang, parsePositiveInteger, parseReferenceDate, type Format } from "../options.js";
import { openSink } from "../output-sink.js";
import type { Job } from "../process-job.js";
import { startProgress } from "../progress.js";
import { reportProblems } from "../report-problems.js";
import { runJobs } from "../run-jobs.js";
import { interrupted, EXIT } from "../exit.js";
import { UsageError } from "../usage-error.js";

interface ExtractFlags {
  format?: Format;
  input: "files" | "ndjson";
  lang: ReturnType<typeof parseLang>;
  referenceDate?: string;
  include: string[];
  exclude: string[];
  output?: string;
  quiet: boolean;
  color: boolean;
  maxBytes: number;
  group: boolean;
  concurrency: number;
  shard?: Shard;
}

const EXAMPLES = `
Examples:
  $ claimx articles/                         table in a terminal, JSON in a pipe
  $ claimx articles/ --format ndjson > out.ndjson
  $ claimx "scraped/**/*.txt" --exclude "*comments*"
  $ claimx article.txt --lang de --reference-date 2022-05-23
  $ claimx articles/ --group --format table   events reported by several sources
  $ cat texts.ndjson | claimx --input ndjson - --format ndjson   {"id","text","referenceDate"} per line
  $ claimx articles/ --shard 2/8 --format ndjson                the second of eight shares
  $ claimx articles/ --format json | jq '.documents[].claims[] | select(.date >= "2022-06")'`;

export function extractCommand(): Command {
  return new Command("extract")
    .description("extract languages, temporal expressions, entities and dated claims from articles")
    .argument("<paths...>", "files, folders (read recursively), globs, or - for standard input")
    .addOption(new Option("-f, --format <format>", `output format: ${FORMATS.join(", ")} (default: table on a terminal, json otherwise)`).argParser(parseFormat))
    .addOption(new Option("-i, --input <kind>", "files: paths are articles; ndjson: paths hold {id, text, referenceDate?} lines").choices(["files", "ndjson"]).default("files"))
    .option("-l, --lang <code>", "document language: auto, nl, de, en, id", parseLang, "auto")
    .option("-r, --reference-date <YYYY-MM-DD>", "publication date that relative dates resolve against", parseReferenceDate)
    .option("--include <glob>", "only files matching (repeatable)", collect, [])
    .option("--exclude <glob>", "skip files matching (repeatable)", collect, [])
    .option("-o, --output <file>", "write to a file instead of standard output")
    .option("--max-bytes <n>", "skip files larger than this (error TOO_LARGE)", parsePositiveInteger, DEFAULT_MAX_BYTES)
    .option("-g, --group", "also group the claims of all documents into events reported by several sources", false)
    .option("-j, --concurrency <n>", "worker threads (default: the number of cores)", parsePositiveInteger, availableParallelism())
    .option("--shard <i/n>", "process only the i-th of n deterministic shares of the inputs", parseShardOption)
    .option("-q, --quiet", "no warnings or progress on standard error", false)
    .option("--no-color", "no colors in the table")
    .addHelpText("after", EXAMPLES)
    .action(async (paths: string[], flags: ExtractFlags) => {
      process.exitCode = await runExtract(paths, flags);
    });
}

function parseShardOption(value: string): Shard {
  const shard = parseShard(value);
  if (!shard) throw new InvalidArgumentError("expected i/n with 1 ≤ i ≤ n, e.g. 2/8");
  return shard;
}

async function runExtract(paths: string[], flags: ExtractFlags): Promise<number> {
  const sink = openSink(flags.output);
  const format = flags.format ?? (sink.isTerminal ? "table" : "json");
  if (flags.group && format === "ndjson") {
    throw new UsageError("--group needs every document first; stream with --format ndjson and pipe into: claimx group");
  }
  const { jobs, sizes } = flags.input === "ndjson" ? { jobs: shardJobs(readTextJobs(paths), flags.shard), sizes: null } : fileJobs(paths, flags);
  const progress = startProgress(sizes?.size ?? 0, flags.quiet);
  const records: DocumentRecord[] = [];
  let failed = 0;
  // One worker per input at most: a pool costs more to start than a single article takes.
  const concurrency = sizes ? Math.min(flags.concurrency, sizes.size) : flags.concurrency;
  for await (const record of runJobs(jobs, flags, concurrency)) {
    reportProblems(record, flags.quiet);
    progress.advance(sizes?.get(record.source) ?? 0);
    if (record.error) failed++;
    if (format === "ndjson") sink.write(formatNdjsonLine(record));
    else records.push(record);
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
    sink.write(formatTable(records, groups, { width, color: colorsFor(sink.isTerminal, flags.color) }));
  }
  sink.close();
  return failed ? EXIT.someFailed : EXIT.ok;
}

function fileJobs(paths: string[], flags: ExtractFlags): { jobs: Input[]; sizes: Map<string, number> } {
  const inputs = expandInputs(paths, { include: flags.include, exclude: flags.exclude }).filter((input) => !flags.shard || inShard(input.path, flags.shard));
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
