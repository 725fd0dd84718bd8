import type { ClaimGroup, DocumentRecord, Output } from "../schema/record.js";
import { SCHEMA_VERSION } from "../schema/version.js";

/** `--format json`: one document holding every record, in input order. */
export function formatJson(documents: DocumentRecord[], groups?: ClaimGroup[]): string {
  const output: Output = { schemaVersion: SCHEMA_VERSION, documents, ...(groups ? { groups } : {}) };
  return `${escapeControls(JSON.stringify(output, null, 2))}\n`;
}

/**
 * `--format ndjson`: one record per line, written as soon as it is ready. Takes the record's
 * JSON text, which the worker thread that made the record has already written.
 */
export function ndjsonLineOf(json: string): string {
  return `${escapeControls(json)}\n`;
}

/**
 * JSON.stringify escapes C0 controls and lone surrogates but leaves DEL, the C1 controls (some
 * terminals take U+009B as an escape sequence introducer) and the line separators U+2028/2029
 * raw; escaped, the output is safe to print and still parses to the same strings.
 */
export function escapeControls(json: string): string {
  return json.replace(/[\u007f-\u009f\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
