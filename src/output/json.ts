import { SCHEMA_VERSION, type ClaimGroup, type DocumentRecord, type Output } from "../schema/record.js";

/** `--format json`: one document holding every record, in input order. */
export function formatJson(documents: DocumentRecord[], groups?: ClaimGroup[]): string {
  const output: Output = { schemaVersion: SCHEMA_VERSION, documents, ...(groups ? { groups } : {}) };
  return `${JSON.stringify(output, null, 2)}\n`;
}

/** `--format ndjson`: one record per line, written as soon as it is ready. */
export function formatNdjsonLine(record: DocumentRecord): string {
  // JSON.stringify escapes control characters and, since ES2019, lone surrogates, so a line
  // can never be broken by the text it carries.
  return `${JSON.stringify(record)}\n`;
}
