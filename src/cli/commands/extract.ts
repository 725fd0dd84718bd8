import { availableParallelism } from "node:os";
import { Command, InvalidArgumentError, Option } from "commander";
import { DEFAULT_MAX_BYTES } from "../../sources/read.js";
import { parseShard, type Shard } from "../../sources/shard.js";
import { collect, FORMATS, parseFormat, parseLang, parsePositiveInteger, parseReferenceDate, type Format } from "../options.js";

export interface ExtractFlags {
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
    .option("-j, --concurrency <n>", "worker threads; the default is the number of cores", parsePositiveInteger, availableParallelism())
    .option("--shard <i/n>", "process only the i-th of n deterministic shares of the inputs", parseShardOption)
    .option("-q, --quiet", "no warnings or progress on standard error", false)
    .option("--no-color", "no colors in the table")
    .addHelpText("after", EXAMPLES)
    .action(async (paths: string[], flags: ExtractFlags) => {
      const { runExtract } = await import("../actions/extract.js");
      process.exitCode = await runExtract(paths, flags);
    });
}

function parseShardOption(value: string): Shard {
  const shard = parseShard(value);
  if (!shard) throw new InvalidArgumentError("expected i/n with 1 ≤ i ≤ n, e.g. 2/8");
  return shard;
}

