/**
 * Reads claimx records back in: NDJSON (one record per line, as `--format ndjson` writes) or a
 * whole `--format json` document, from files or standard input. A line that is not a valid
 * record is a usage error naming the file and line: the reduce step must not silently drop a
 * shard.
 */
import { readFileSync } from "node:fs";
import { documentRecord, output, type DocumentRecord } from "../schema/record.js";
import { UsageError } from "./usage-error.js";

export async function readRecords(paths: readonly string[]): Promise<DocumentRecord[]> {
  const records: DocumentRecord[] = [];
  for (const path of paths.length ? paths : ["-"]) records.push(...parseRecords(await readText(path), path));
  return records;
}

async function readText(path: string): Promise<string> {
  try {
    if (path !== "-") return readFileSync(path, "utf8");
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin as AsyncIterable<Buffer>) chunks.push(chunk);
    return Buffer.concat(chunks).toString("utf8");
  } catch (error) {
    throw new UsageError(`${path}: cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
}

function parseRecords(text: string, path: string): DocumentRecord[] {
  const trimmed = text.trimStart();
  if (trimmed.startsWith("{") && /^\{\s*"schemaVersion"/.test(trimmed)) {
    const whole = output.safeParse(parseJson(trimmed, path, 1));
    if (!whole.success) throw new UsageError(`${path}: not a claimx JSON output (${whole.error.issues[0]?.message})`);
    return whole.data.documents;
  }
  const records: DocumentRecord[] = [];
  text.split("\n").forEach((line, i) => {
    if (!line.trim()) return;
    const record = documentRecord.safeParse(parseJson(line, path, i + 1));
    if (!record.success) throw new UsageError(`${path}:${i + 1}: not a claimx record (${record.error.issues[0]?.path.join(".")}: ${record.error.issues[0]?.message})`);
    records.push(record.data);
  });
  return records;
}

function parseJson(text: string, path: string, line: number): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${path}:${line}: not valid JSON (${(error as Error).message})`);
  }
}
