/**
 * Reads one input into bytes, or says precisely why it could not be read. Nothing here throws:
 * a bad file becomes an error record and the run goes on.
 */
import { openSync, readSync, closeSync, fstatSync } from "node:fs";
import type { DocumentError } from "../schema/record.js";
import type { Input } from "./expand.js";

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export type ReadResult = { ok: true; bytes: Uint8Array } | { ok: false; error: DocumentError };

export async function readInput(input: Input, maxBytes: number): Promise<ReadResult> {
  if (input.kind === "missing") return { ok: false, error: { code: input.code, message: input.message } };
  if (input.kind === "stdin") return readStdin(maxBytes);
  return readFile(input.path, maxBytes);
}

function readFile(path: string, maxBytes: number): ReadResult {
  let fd: number;
  try {
    fd = openSync(path, "r");
  } catch (error) {
    return { ok: false, error: openError(path, error) };
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { ok: false, error: { code: "NOT_A_FILE", message: `${path}: not a regular file` } };
    if (stat.size > maxBytes) return { ok: false, error: tooLarge(path, stat.size, maxBytes) };
    // Read at most one byte past the limit: files can grow while we read them.
    const buffer = Buffer.allocUnsafe(Math.min(stat.size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
      if (length > maxBytes) return { ok: false, error: tooLarge(path, length, maxBytes) };
      if (length === buffer.length) break;
    }
    return { ok: true, bytes: buffer.subarray(0, length) };
  } catch (error) {
    return { ok: false, error: openError(path, error) };
  } finally {
    closeSync(fd);
  }
}

async function readStdin(maxBytes: number): Promise<ReadResult> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
    length += chunk.length;
    if (length > maxBytes) return { ok: false, error: tooLarge("-", length, maxBytes) };
    chunks.push(chunk);
  }
  return { ok: true, bytes: Buffer.concat(chunks) };
}

function openError(path: string, error: unknown): DocumentError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return { code: "NOT_FOUND", message: `${path}: no such file or folder` };
  if (code === "EISDIR") return { code: "NOT_A_FILE", message: `${path}: is a folder` };
  if (code === "EACCES" || code === "EPERM") return { code: "UNREADABLE", message: `${path}: permission denied` };
  return { code: "UNREADABLE", message: `${path}: ${(error as Error).message}` };
}

function tooLarge(path: string, size: number, maxBytes: number): DocumentError {
  return { code: "TOO_LARGE", message: `${path}: ${size} bytes is over the limit of ${maxBytes} (--max-bytes)` };
}
