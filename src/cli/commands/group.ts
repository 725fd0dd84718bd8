import { Command, Option } from "commander";

export interface GroupFlags {
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
      const { runGroup } = await import("../actions/group.js");
      process.exitCode = await runGroup(files, flags);
    });
}
