import { Command, Option } from "commander";
import { groupClaims } from "../../group/cluster.js";
import { SCHEMA_VERSION } from "../../schema/record.js";
import { formatTable } from "../../output/table.js";
import { escapeControls } from "../../output/json.js";
import { colorsFor } from "../colors.js";
import { EXIT } from "../exit.js";
import { openSink } from "../output-sink.js";
import { readRecords } from "../read-records.js";

interface GroupFlags {
  format?: "json" | "ndjson" | "table";
  output?: string;
  color: boolean;
}

const EXAMPLES = `
Examples:
  $ claimx articles/ --format ndjson | claimx group
  $ claimx group shard-*.ndjson --format table
  $ parallel claimx --shard {}/4 --format ndjson articles/ ::: 1 2 3 4 | claimx group`;

export function groupCommand(): Command {
  return new Command("group")
    .description("group the claims of claimx records (NDJSON or JSON output) into events reported by several sources")
    .argument("[files...]", "record files; standard input when none or -")
    .addOption(new Option("-f, --format <format>", "json, ndjson (one group per line) or table").choices(["json", "ndjson", "table"]))
    .option("-o, --output <file>", "write to a file instead of standard output")
    .option("--no-color", "no colors in the table")
    .addHelpText("after", EXAMPLES)
    .action(async (files: string[], flags: GroupFlags) => {
      const documents = await readRecords(files);
      const groups = groupClaims(documents);
      const sink = openSink(flags.output);
      const format = flags.format ?? (sink.isTerminal ? "table" : "json");
      if (format === "json") sink.write(`${escapeControls(JSON.stringify({ schemaVersion: SCHEMA_VERSION, groups }, null, 2))}\n`);
      if (format === "ndjson") for (const group of groups) sink.write(`${escapeControls(JSON.stringify(group))}\n`);
      if (format === "table") {
        const color = colorsFor(sink.isTerminal, flags.color);
        sink.write(formatTable(documents, groups, { width: process.stdout.columns || 120, color }));
      }
      sink.close();
      process.exitCode = EXIT.ok;
    });
}
