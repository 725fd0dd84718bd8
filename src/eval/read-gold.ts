/**
 * Reads a gold file (JSON Lines, optionally gzipped) into checked gold items. Every problem is
 * reported with the file and line it is on, because gold files are edited by hand.
 */
import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import type { z } from "zod";
import {
  goldDocument,
  goldExpression,
  goldSentence,
  SHAPE_NAMES,
  type GoldDocument,
  type GoldItem,
  type GoldShape,
} from "./gold.js";

export class GoldFileError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | null,
    problem: string,
  ) {
    super(line === null ? `${file}: ${problem}` : `${file}:${line}: ${problem}`);
    this.name = "GoldFileError";
  }
}

export interface GoldFile {
  file: string;
  shape: GoldShape;
  items: GoldItem[];
}

export function readGoldFile(file: string): GoldFile {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new GoldFileError(file, null, `cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  let content: string;
  try {
    content = (file.endsWith(".gz") ? gunzipSync(bytes) : bytes).toString("utf8");
  } catch {
    throw new GoldFileError(file, null, "not a valid gzip file");
  }
  return parseGold(file, content);
}

/** Parses the content of a gold file; `file` only names it in errors. */
export function parseGold(file: string, content: string): GoldFile {
  const items: GoldItem[] = [];
  let shape: GoldShape | null = null;
  const lines = content.replace(/^\uFEFF/, "").split("\n");
  lines.forEach((line, index) => {
    if (!line.trim()) return;
    const lineNumber = index + 1;
    const item = parseLine(line, lineNumber, (problem) => new GoldFileError(file, lineNumber, problem));
    if (shape && item.shape !== shape) {
      throw new GoldFileError(file, lineNumber, `${SHAPE_NAMES[item.shape].one} in a file of ${SHAPE_NAMES[shape].many}`);
    }
    shape = item.shape;
    items.push(item);
  });
  if (!shape) throw new GoldFileError(file, null, "no gold records (the file is empty)");
  return { file, shape, items };
}

type Fail = (problem: string) => GoldFileError;

function parseLine(line: string, lineNumber: number, fail: Fail): GoldItem {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch (error) {
    throw fail(`not valid JSON (${(error as Error).message})`);
  }
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    throw fail("not a JSON object");
  }
  const record = json as Record<string, unknown>;
  if ("tokens" in record) {
    const gold = validate(goldSentence, record, "NER sentence", fail);
    checkSpans(gold.text, "entities", gold.entities, fail);
    if (gold.tags.length !== gold.tokens.length) throw fail(`${gold.tokens.length} tokens but ${gold.tags.length} tags`);
    return { shape: "sentence", id: gold.id, gold };
  }
  if ("ref_time" in record) {
    const gold = validate(goldExpression, record, "time expression", fail);
    return { shape: "expression", id: gold.id, gold };
  }
  if ("text" in record) {
    const gold = validate(goldDocument, record, "document", fail);
    if (!hasAnnotations(gold)) {
      throw fail("a document without lang, timexes, entities, claims or segments: nothing to score");
    }
    checkDocument(gold, fail);
    return { shape: "document", id: gold.id ?? `line-${lineNumber}`, gold };
  }
  throw fail(
    "not a gold record: expected a document (text + timexes/entities/claims/segments/lang), " +
      "an NER sentence (tokens + tags) or a time expression (text + ref_time + value)",
  );
}

function validate<T extends z.ZodType>(schema: T, record: unknown, what: string, fail: Fail): z.infer<T> {
  const result = schema.safeParse(record);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const where = issue.path.length ? issue.path.join(".") : "record";
  throw fail(`not a valid ${what}: ${where}: ${issue.message}`);
}

function hasAnnotations(gold: GoldDocument): boolean {
  return [gold.lang, gold.timexes, gold.entities, gold.claims, gold.segments].some((layer) => layer !== undefined);
}

function checkDocument(gold: GoldDocument, fail: Fail): void {
  checkSpans(gold.text, "timexes", gold.timexes ?? [], fail);
  checkSpans(gold.text, "entities", gold.entities ?? [], fail);
  checkSpans(gold.text, "claims", gold.claims ?? [], fail);
  checkSpans(gold.text, "segments", gold.segments ?? [], fail);
}

/** Offsets inside the text, and where the item quotes its text, the quote matches the offsets. */
function checkSpans(
  text: string,
  layer: string,
  spans: readonly { start: number; end: number; text?: string }[],
  fail: Fail,
): void {
  spans.forEach((span, i) => {
    if (span.start > span.end || span.end > text.length) {
      throw fail(`${layer}[${i}]: offsets ${span.start}-${span.end} are outside the text (length ${text.length})`);
    }
    const quoted = text.slice(span.start, span.end);
    if (span.text !== undefined && span.text !== quoted) {
      throw fail(`${layer}[${i}]: text ${JSON.stringify(span.text)} but the offsets cover ${JSON.stringify(quoted)}`);
    }
  });
}
