/**
 * The output contract, defined once. The TypeScript types, the runtime validation in the tests
 * and the published JSON Schema (`claimx schema`) all come from these definitions.
 */
import { z } from "zod";

import { SCHEMA_VERSION } from "./version.js";

export { SCHEMA_VERSION };

import { LANGUAGE_CODES } from "./languages.js";

export { LANGUAGE_CODES };
export const languageCode = z.enum(LANGUAGE_CODES);
export const detectedLanguageCode = z.enum([...LANGUAGE_CODES, "und"]);

const offset = z.number().int().nonnegative();

/** A stretch of the decoded text: UTF-16 code unit offsets, `end` exclusive. */
const span = { start: offset, end: offset };

export const languageSegment = z.object({ ...span, code: detectedLanguageCode });

export const language = z.object({
  code: detectedLanguageCode,
  confidence: z.number().min(0).max(1),
  segments: z.array(languageSegment),
});

export const referenceDate = z.object({
  /** `YYYY-MM-DD`, or `YYYY-MM` / `YYYY` where the source gives no more. */
  value: z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
    .nullable(),
  source: z.enum(["option", "metadata", "text", "none"]),
});

export const timexType = z.enum(["DATE", "TIME", "DURATION", "SET"]);

export const timex = z.object({
  ...span,
  text: z.string(),
  type: timexType,
  /** TIMEX3 value as HeidelTime writes it: `2022-05-23`, `2021-Q4`, `P12Y`, `PRESENT_REF`, … */
  value: z.string(),
});

export const entityType = z.enum(["PER", "ORG", "LOC", "MISC"]);

export const entity = z.object({
  ...span,
  text: z.string(),
  type: entityType,
  /** One name per real-world entity, shared by all its mentions and across documents. */
  canonical: z.string(),
});

export const modality = z.enum(["asserted", "reported", "planned", "speculative"]);

export const claim = z.object({
  ...span,
  text: z.string(),
  date: z.string(),
  timex: z.object(span),
  subject: z.string().nullable(),
  entities: z.array(z.string()),
  attribution: z.string().nullable(),
  modality,
});

/** The kinds of event a statement reports, read from each language pack's cue words. */
export const eventKind = z.enum(["announce", "launch", "end", "start", "found", "list"]);

/**
 * A statement of the body that reports an event of a named actor but carries no calendar date
 * of its own ("Xiaomi kondigt officieel aan samen te werken met Leica"). Not a dated claim;
 * grouping attaches it to the dated event it reports, so a source that reports the event
 * without dating it still counts as carrying it.
 */
export const undatedClaim = claim.omit({ date: true, timex: true }).extend({ events: z.array(eventKind) });

export const ERROR_CODES = [
  "NOT_FOUND",
  "UNREADABLE",
  "NOT_A_FILE",
  "BINARY",
  "TOO_LARGE",
  "INVALID_INPUT",
  "INTERNAL",
] as const;

export const problem = z.object({ code: z.string(), message: z.string() });
export const documentError = z.object({ code: z.enum(ERROR_CODES), message: z.string() });

export const documentRecord = z.object({
  /** The path as given on the command line (or found under a given folder), `-` for stdin. */
  source: z.string(),
  /** What the bytes were decoded as; null when they could not be read at all. */
  encoding: z.enum(["utf-8", "utf-8-bom", "utf-16le", "utf-16be", "windows-1252"]).nullable(),
  language,
  referenceDate,
  timexes: z.array(timex),
  entities: z.array(entity),
  claims: z.array(claim),
  undatedClaims: z.array(undatedClaim),
  warnings: z.array(problem),
  error: documentError.nullable(),
});

export const groupClaimRef = z.object({
  source: z.string(),
  /** Position of the claim in its document's `claims`. */
  index: z.number().int().nonnegative(),
  language: detectedLanguageCode,
});

export const claimGroup = z.object({
  id: z.string(),
  date: z.string(),
  entities: z.array(z.string()),
  summary: z.string(),
  claims: z.array(groupClaimRef),
  /** Statements of the same event in other documents that give no date of their own; `index` is into `undatedClaims`. */
  undatedClaims: z.array(groupClaimRef),
  /** Documents that carry the event, dated or not. */
  sources: z.number().int().positive(),
  languages: z.array(detectedLanguageCode),
});

export const output = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  documents: z.array(documentRecord),
  groups: z.array(claimGroup).optional(),
});

export type LanguageCode = z.infer<typeof languageCode>;
export type DetectedLanguageCode = z.infer<typeof detectedLanguageCode>;
export type LanguageSegment = z.infer<typeof languageSegment>;
export type Language = z.infer<typeof language>;
export type ReferenceDate = z.infer<typeof referenceDate>;
export type Timex = z.infer<typeof timex>;
export type TimexType = z.infer<typeof timexType>;
export type Entity = z.infer<typeof entity>;
export type EntityType = z.infer<typeof entityType>;
export type Claim = z.infer<typeof claim>;
export type Modality = z.infer<typeof modality>;
export type EventKind = z.infer<typeof eventKind>;
export type UndatedClaim = z.infer<typeof undatedClaim>;
export type Problem = z.infer<typeof problem>;
export type ErrorCode = (typeof ERROR_CODES)[number];
export type DocumentError = z.infer<typeof documentError>;
export type DocumentRecord = z.infer<typeof documentRecord>;
export type ClaimGroup = z.infer<typeof claimGroup>;
export type Output = z.infer<typeof output>;

/** The JSON Schema of `--format json` output, generated from the definitions above. */
export function outputJsonSchema(): unknown {
  return z.toJSONSchema(output, { target: "draft-2020-12" });
}
