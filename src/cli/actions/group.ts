/** `claimx group`: records in, events reported by several sources out. */
import { groupClaims } from "../../group/cluster.js";
import { SCHEMA_VERSION } from "../../schema/record.js";
import { formatTable } from "../../output/table.js";
import { escapeControls } from "../../output/json.js";
import { colorsFor } from "../colors.js";
import type { GroupFlags } from "../commands/group.js";
import { EXIT } from "../exit.js";
import { openSink } from "../output-sink.js";
import { readRecords } from "../read-records.js";

export async function runGroup(files: string[], flags: GroupFlags): Promise<number> {
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
  return EXIT.ok;
}
