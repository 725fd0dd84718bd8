import { Command, Option } from "commander";
import type { DocumentRecord } from "../../schema/record.js";
import { expandInputs } from "../../sources/expand.js";
import { DEFAULT_MAX_BYTES } from "../../sources/read.js";
import { formatCsv } from "../../output/csv.js";
import { formatJson, formatNdjsonLine } from "../../output/json.js";
import { formatTable } from "../../output/table.js";
import { groupClaims } from "../../group/cluster.js";
import { colorsFor } from "../colors.js";
import { collect, FORMATS, parseFormat, parseLang, parsePositiveInteger, parseReferenceDate, type Format } from "../options.js";
import { openSink } from "../output-sink.js";
import { processInput } from "../process-input.js";
import { reportProblems } from "../report-problems.js";
import { interrupted, EXIT } from "../exit.js";
import { UsageError } from "../usage-error.js";

interface ExtractFlags {
  format?: Format;
  lang: ReturnType<typeof parseLang>;
  referenceDate?: string;
  include: string[];
  exclude: string[];
  output?: string;
  quiet: boolean;
  color: boolean;
  maxBytes: number;
  group: boolean;
}

const EXAMPLES = `
Examples:
  $ claimx articles/                         table in a terminal, JSON in a pipe
  $ claimx articles/ --format ndjson > out.ndjson
  $ claimx "scraped/**/*.txt" --exclude "*comments*"
  $ claimx article.txt --lang de --reference-date 2022-05-23
  $ cat article.txt | claimx - --format json | jq '.documents[0].claims'
  $ claimx articles/ --group --format table   events reported by several sources
  $ claimx articles/ --format json | jq '.documents[].claims[] | select(.date >= "2022-06")'`;

export function extractCommand(): Command {
  return new Command("extract")
    .description("extract languages, temporal expressions, entities and dated claims from articles")
    .argument("<paths...>", "files, folders (read recursively), globs, or - for standard input")
    .addOption(new Option("-f, --format <format>", `output format: ${FORMATS.join(", ")} (default: table on a terminal, json otherwise)`).argParser(parseFormat))
    .option("-l, --lang <code>", "document language: auto, nl, de, en, id", parseLang, "auto")
    .option("-r, --reference-date <YYYY-MM-DD>", "publication date that relative dates resolve against", parseReferenceDate)
    .option("--include <glob>", "only files matching (repeatable)", collect, [])
    .option("--exclude <glob>", "skip files matching (repeatable)", collect, [])
    .option("-o, --output <file>", "write to a file instead of standard output")
    .option("--max-bytes <n>", "skip files larger than this (error TOO_LARGE)", parsePositiveInteger, DEFAULT_MAX_BYTES)
    .option("-g, --group", "also group the claims of all documents into events reported by several sources", false)
    .option("-q, --quiet", "no warnings on standard error", false)
    .option("--no-color", "no colors in the table")
    .addHelpText("after", EXAMPLES)
    .action(async (paths: string[], flags: ExtractFlags) => {
      process.exitCode = await runExtract(paths, flags);
    });
}

async function runExtract(paths: string[], flags: ExtractFlags): Promise<number> {
  const inputs = expandInputs(paths, { include: flags.include, exclude: flags.exclude });
  if (!inputs.length) throw new UsageError(`no files found in ${paths.join(", ")}`);
  const sink = openSink(flags.output);
  const format = flags.format ?? (sink.isTerminal ? "table" : "json");
  if (flags.group && format === "ndjson") {
    throw new UsageError("--group needs every document first; stream with --format ndjson and pipe into: claimx group");
  }
  const records: DocumentRecord[] = [];
  let failed = 0;
  for (const input of inputs) {
    // Reading and extraction are synchronous; without a turn of the event loop between
    // documents a Ctrl-C would only be seen after the last one.
    await new Promise(setImmediate);
    if (interrupted()) break;
    const record = await processInput(input, flags);
    reportProblems(record, flags.quiet);
    if (record.error) failed++;
    if (format === "ndjson") sink.write(formatNdjsonLine(record));
    else records.push(record);
  }
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
