/** `claimx check`: fixtures against their expected records, as a readable diff. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, extname, join } from "node:path";
import type { ChalkInstance } from "chalk";
import { claimsSummary } from "../../check/claims-summary.js";
import { compareRecords, type Change } from "../../check/compare.js";
import { documentRecord, type DocumentRecord } from "../../schema/record.js";
import { expandInputs } from "../../sources/expand.js";
import { DEFAULT_MAX_BYTES } from "../../sources/read.js";
import { terminalSafe } from "../../output/terminal-text.js";
import { colorsFor } from "../colors.js";
import { EXIT } from "../exit.js";
import { processJob } from "../process-job.js";
import { UsageError } from "../usage-error.js";
import type { CheckFlags } from "../commands/check.js";

export async function runCheck(paths: string[], flags: CheckFlags): Promise<number> {
  const inputs = await expandInputs(paths);
  if (!inputs.length) throw new UsageError(`no fixtures found in ${paths.join(", ")}`);
  const color = colorsFor(Boolean(process.stdout.isTTY), flags.color);
  let differing = 0;
  for (const input of inputs) {
    const actual = await processJob(input, { lang: "auto", maxBytes: DEFAULT_MAX_BYTES });
    const name = basename(input.path, extname(input.path));
    const expectedPath = join(flags.expected, `${name}.json`);
    if (flags.update) {
      mkdirSync(flags.expected, { recursive: true });
      writeFileSync(expectedPath, `${JSON.stringify(actual, null, 2)}\n`);
      writeFileSync(join(flags.expected, `${name}.claims.txt`), claimsSummary(actual));
      process.stdout.write(`${color.green("updated")} ${expectedPath}\n`);
      continue;
    }
    const expected = readExpected(expectedPath);
    const changes = expected ? compareRecords(expected, actual) : null;
    if (changes && !changes.length) {
      process.stdout.write(`${color.green("✓")} ${terminalSafe(input.path)}\n`);
      continue;
    }
    differing++;
    process.stdout.write(`${color.red("✗")} ${terminalSafe(input.path)}\n`);
    if (!changes) process.stdout.write(`    no expected record at ${expectedPath} (run claimx check --update)\n`);
    for (const change of changes ?? []) process.stdout.write(`    ${describe(change, color)}\n`);
  }
  if (flags.update) return EXIT.ok;
  const summary = `${differing} of ${inputs.length} fixtures differ from their expected records`;
  process.stdout.write(differing ? `${color.red(summary)}; accept with: claimx check --update\n` : `${color.green(`all ${inputs.length} fixtures match`)}\n`);
  return differing ? EXIT.usage : EXIT.ok;
}

function readExpected(path: string): DocumentRecord | null {
  if (!existsSync(path)) return null;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new UsageError(`${path}: not valid JSON (${(error as Error).message})`);
  }
  const parsed = documentRecord.safeParse(json);
  if (!parsed.success) throw new UsageError(`${path}: not a valid claimx record (${parsed.error.issues[0]?.message})`);
  return parsed.data;
}

function describe(change: Change, color: ChalkInstance): string {
  const text = terminalSafe(change.description);
  if (change.kind !== "changed") {
    return change.kind === "added" ? color.green(`+ ${change.item} ${text}`) : color.red(`- ${change.item} ${text}`);
  }
  const what = text ? `${change.item} of ${text}` : change.item;
  return color.yellow(`~ ${what}: ${terminalSafe(change.from)} → ${terminalSafe(change.to)}`);
}
