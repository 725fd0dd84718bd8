import type { DocumentRecord, Entity, LanguageCode, Problem, Timex } from "../schema/record.js";
import type { Analysis } from "./analysis.js";
import { findReferenceDate } from "../document/reference-date.js";
import { identifyLanguage } from "../language/identify.js";
import { splitSentences } from "../sentences/split.js";
import { findTimexes } from "../timexes/find.js";
import { findEntities } from "../entities/find.js";
import { assembleClaims } from "../claims/assemble.js";

export interface ExtractOptions {
  /** Where the text came from, copied to the record's `source`. */
  source?: string;
  /** `auto` (default) detects the language; a code forces it for the whole document. */
  lang?: "auto" | LanguageCode;
  /** Publication date `YYYY-MM-DD` that relative expressions resolve against. */
  referenceDate?: string;
  /** What the text was decoded from, when it came from bytes. */
  encoding?: DocumentRecord["encoding"];
  /** Problems found before extraction (decoding), carried into the record. */
  warnings?: Problem[];
}

/**
 * Turns the text of one article into its record. Pure: no I/O, same input → same output.
 */
export function extract(text: string, options: ExtractOptions = {}): DocumentRecord {
  const referenceDate = findReferenceDate(text, options.referenceDate);
  const language = identifyLanguage(text, options.lang ?? "auto");
  const sentences = splitSentences(text, language);
  // Each stage's view written out as one literal: objects spread from another and given more
  // properties got shapes that V8 reads slowly.
  const analysis = (timexes: Timex[], entities: Entity[]): Analysis => ({ text, referenceDate, language, sentences, timexes, entities });
  const timexes = findTimexes(analysis([], []));
  const entities = findEntities(analysis(timexes, []));
  const { claims, undatedClaims } = assembleClaims(analysis(timexes, entities));
  return {
    source: options.source ?? "-",
    encoding: options.encoding ?? "utf-8",
    language,
    referenceDate,
    timexes,
    entities,
    claims,
    undatedClaims,
    warnings: [...(options.warnings ?? []), ...emptyWarning(text, options.source)],
    error: null,
  };
}

/** An empty article is not an error (it was read fine) but almost always a scraping failure. */
function emptyWarning(text: string, source = "-"): Problem[] {
  return /\S/.test(text) ? [] : [{ code: "EMPTY", message: `${source}: no text` }];
}
