/**
 * `--input ndjson`: lines of `{"id", "text", "referenceDate"?}` from files or standard input,
 * so claimx can be the map stage behind other tools. Lines are read one at a time: memory
 * stays flat however long the stream.
 */
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import type { TextJob } from "../cli/process-job.js";

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export async function* readTextJobs(paths: readonly string[]): AsyncGenerator<TextJob> {
  for (const path of paths) {
    const stream = path === "-" ? process.stdin : createReadStream(path);
    const opened = new Promise<NodeJS.ErrnoException | null>((resolve) => {
      stream.once("error", resolve);
      stream.once("readable", () => resolve(null));
      stream.once("end", () => resolve(null));
    });
    const failure = await opened;
    if (failure) {
      yield { kind: "invalid", path, message: `${path}: cannot read (${failure.code ?? failure.message})` };
      continue;
    }
    let number = 0;
    for await (const line of createInterface({ input: stream, crlfDelay: Infinity })) {
      number++;
      if (line.trim()) yield parseLine(line, `${path}:${number}`);
    }
  }
}

function parseLine(line: string, where: string): TextJob {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { kind: "invalid", path: where, message: `${where}: not valid JSON` };
  }
  const { id, text, referenceDate } = (value ?? {}) as Record<string, unknown>;
  if (typeof id !== "string" || !id) return { kind: "invalid", path: where, message: `${where}: "id" must be a non-empty string` };
  if (typeof text !== "string") return { kind: "invalid", path: id, message: `${where}: "text" must be a string` };
  if (referenceDate !== undefined && referenceDate !== null && (typeof referenceDate !== "string" || !DATE.test(referenceDate))) {
    return { kind: "invalid", path: id, message: `${where}: "referenceDate" must be YYYY-MM-DD` };
  }
  return { kind: "text", path: id, text, ...(typeof referenceDate === "string" ? { referenceDate } : {}) };
}
