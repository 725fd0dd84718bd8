/**
 * A record as it leaves the thread that extracted it: its JSON text, and beside it the few
 * fields the main thread acts on (problems to report, progress, the exit code). Handing a
 * worker's record over as one string costs a copy; as an object graph, a structured clone
 * of every timex, entity and claim on both sides, which took a tenth of a worker's time.
 */
import type { DocumentError, DocumentRecord, Problem } from "../schema/record.js";

export interface FinishedRecord {
  readonly source: string;
  readonly error: DocumentError | null;
  readonly warnings: Problem[];
  /** `JSON.stringify` of the whole record. */
  readonly json: string;
}

export function finish(record: DocumentRecord): FinishedRecord {
  return { source: record.source, error: record.error, warnings: record.warnings, json: JSON.stringify(record) };
}

/** The record again, for the outputs that need every record at once (json, csv, table, groups). */
export function recordOf(finished: FinishedRecord): DocumentRecord {
  return JSON.parse(finished.json) as DocumentRecord;
}
