/** One input through the whole pipeline: read, decode, extract. Never throws for bad input. */
import { decode } from "../decode/decode.js";
import { errorRecord } from "../pipeline/error-record.js";
import { extract, type ExtractOptions } from "../pipeline/extract.js";
import type { DocumentRecord } from "../schema/record.js";
import type { Input } from "../sources/expand.js";
import { readInput } from "../sources/read.js";

export interface ProcessOptions extends Pick<ExtractOptions, "lang" | "referenceDate"> {
  maxBytes: number;
}

export async function processInput(input: Input, options: ProcessOptions): Promise<DocumentRecord> {
  const read = await readInput(input, options.maxBytes);
  if (!read.ok) return errorRecord(input.path, read.error);
  const decoded = decode(read.bytes, input.path);
  if (!decoded.ok) return errorRecord(input.path, decoded.error);
  return extract(decoded.text, {
    source: input.path,
    encoding: decoded.encoding,
    warnings: decoded.warnings,
    lang: options.lang,
    referenceDate: options.referenceDate,
  });
}
