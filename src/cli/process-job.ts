/**
 * One job through the whole pipeline: a file (read, decode, extract) or a text that arrived
 * inline in an NDJSON input line. Never throws: a bad input, or a bug that an input triggers,
 * becomes that input's error record and the run goes on.
 */
import { decode } from "../decode/decode.js";
import { errorRecord } from "../pipeline/error-record.js";
import { extract, type ExtractOptions } from "../pipeline/extract.js";
import type { DocumentRecord } from "../schema/record.js";
import type { Input } from "../sources/expand.js";
import { readInput } from "../sources/read.js";

/** A text handed over inline (`--input ndjson`), or an input line that was not usable. */
export type TextJob =
  | { kind: "text"; path: string; text: string; referenceDate?: string }
  | { kind: "invalid"; path: string; message: string };

export type Job = Input | TextJob;

export interface ProcessOptions extends Pick<ExtractOptions, "lang" | "referenceDate"> {
  maxBytes: number;
}

export async function processJob(job: Job, options: ProcessOptions): Promise<DocumentRecord> {
  try {
    if (job.kind === "invalid") return errorRecord(job.path, { code: "INVALID_INPUT", message: job.message });
    if (job.kind === "text") {
      return extract(job.text, { source: job.path, lang: options.lang, referenceDate: job.referenceDate ?? options.referenceDate });
    }
    const read = await readInput(job, options.maxBytes);
    if (!read.ok) return errorRecord(job.path, read.error);
    const decoded = decode(read.bytes, job.path);
    if (!decoded.ok) return errorRecord(job.path, decoded.error);
    return extract(decoded.text, {
      source: job.path,
      encoding: decoded.encoding,
      warnings: decoded.warnings,
      lang: options.lang,
      referenceDate: options.referenceDate,
    });
  } catch (error) {
    const message = `${job.path}: claimx failed on this input (${(error as Error).message}); please report it`;
    return errorRecord(job.path, { code: "INTERNAL", message });
  }
}
