import type { DocumentRecord } from "../schema/record.js";
import { terminalSafe } from "../output/terminal-text.js";

/** Errors always, warnings unless `--quiet`, on standard error, one line each. */
export function reportProblems(record: Pick<DocumentRecord, "error" | "warnings">, quiet: boolean): void {
  if (record.error) process.stderr.write(`claimx: error: ${terminalSafe(record.error.message)}\n`);
  if (quiet) return;
  for (const warning of record.warnings) process.stderr.write(`claimx: warning: ${terminalSafe(warning.message)}\n`);
}
