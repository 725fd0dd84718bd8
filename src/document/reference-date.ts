/**
 * The date relative expressions resolve against, in order of trust: the user's option, a
 * metadata line or front matter, a dateline near the top of the text.
 */
import type { ReferenceDate } from "../schema/record.js";
import { PACKS } from "../packs/registry.js";
import { parseWrittenDate } from "./written-date.js";

/** How far into the text a dateline may stand. */
const DATELINE_LINES = 4;
const DATELINE_CHARS = 600;

const DATE_KEYS = [...new Set(PACKS.flatMap((pack) => pack.dateKeys))];
// `date 2022-05` (seed 000), `Datum: 23.05.2022`, YAML `date: 2022-05-23`.
const METADATA_LINE = new RegExp(
  String.raw`^\s*(?:${DATE_KEYS.map(escape).join("|")})\s*([:=]?)\s*["']?([^\n]{4,60})`,
  "i",
);
// `Wetzlar, 23 May 2022.` / `Tanggal 23 Mei 2022 ini` / `BERLIN (dpa) – 23.05.2022`
const DATELINE_PREFIX = /^[\p{Lu}][\p{L} .()/-]{0,40}?[,:–—-]\s*/u;
const DATE_KEY_PREFIX = new RegExp(String.raw`^(?:${DATE_KEYS.map(escape).join("|")})\s+`, "i");

export function findReferenceDate(text: string, option?: string): ReferenceDate {
  if (option) return { value: option, source: "option" };
  const head = text.slice(0, DATELINE_CHARS);
  const lines = head.split("\n");
  for (const line of frontMatterOrFirstLines(lines)) {
    const match = METADATA_LINE.exec(line);
    const value = match ? parseMetadataValue(match[2]!, match[1] !== "") : null;
    if (value) return { value, source: "metadata" };
  }
  for (const line of lines.filter((l) => l.trim()).slice(0, DATELINE_LINES)) {
    const body = line.trim().replace(DATELINE_PREFIX, "").replace(DATE_KEY_PREFIX, "");
    const value = parseWrittenDate(body.slice(0, 40), { fullOnly: true });
    if (value) return { value, source: "text" };
  }
  return { value: null, source: "none" };
}

/** YAML front matter when the text opens with `---`, else the first lines. */
function frontMatterOrFirstLines(lines: string[]): string[] {
  if (lines[0]?.trim() === "---") {
    const close = lines.indexOf("---", 1);
    return lines.slice(1, close > 0 ? close : undefined);
  }
  return lines.slice(0, 3);
}

/**
 * A metadata value may be ISO (`2022-05`, `2022-05-23T10:00Z`) or written (`23 Mei 2022`).
 * Without a `:` after the key only ISO counts: `Tanggal 23 Mei 2022 ini, …` is prose, a dateline.
 */
function parseMetadataValue(raw: string, separated: boolean): string | null {
  const value = raw.trim().replace(/^["']/, "");
  if (!separated && !/^\d{4}-\d{2}/.test(value)) return null;
  return parseWrittenDate(value, { fullOnly: false });
}

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
