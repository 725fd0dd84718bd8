import type { DocumentError, DocumentRecord, Problem } from "../schema/record.js";

/** The record of an input that could not be read or decoded: same shape, empty results. */
export function errorRecord(source: string, error: DocumentError, warnings: Problem[] = []): DocumentRecord {
  return {
    source,
    encoding: null,
    language: { code: "und", confidence: 0, segments: [] },
    referenceDate: { value: null, source: "none" },
    timexes: [],
    entities: [],
    claims: [],
    undatedClaims: [],
    warnings,
    error,
  };
}
