/**
 * The tense a timex is spoken in, for the values that depend on it (`on Monday`, `in
 * December`): the tense word nearest the timex in its own sentence (`will` closer than
 * `said` wins), else a past-tense ending the pack knows (English `-ed`).
 */
import type { Scan } from "./scan.js";

/** How far from a timex a tense word still counts, in tokens. */
const WINDOW = 10;

export type Tense = "past" | "future" | null;

/** How many words besides the timex a line may hold and still be a bare request. */
const REQUEST_WORDS = 5;

/**
 * A sentence that is little more than its timex and has no tense (`Tuesday evening`, `on
 * Sunday 1925`, `as early as possible on Friday morning`) is a request or a schedule line,
 * as in a booking: it speaks of what lies ahead, so its weekday is the next one.
 */
export function isBareRequest(scan: Scan, first: number, end: number, sentence: { start: number; end: number }): boolean {
  let words = 0;
  for (let i = first - 1; i >= 0 && scan.tokens[i]!.start >= sentence.start; i--) if (scan.tokens[i]!.kind === "word" && ++words > REQUEST_WORDS) return false;
  for (let i = end; i < scan.tokens.length && scan.tokens[i]!.start < sentence.end; i++) if (scan.tokens[i]!.kind === "word" && ++words > REQUEST_WORDS) return false;
  return true;
}

export function tenseOf(scan: Scan, first: number, end: number, sentence: { start: number; end: number }): Tense {
  const inside = (i: number) => i >= 0 && i < scan.tokens.length && scan.tokens[i]!.start >= sentence.start && scan.tokens[i]!.start < sentence.end;
  for (let distance = 1; distance <= WINDOW; distance++) {
    for (const i of [first - distance, end - 1 + distance]) {
      if (!inside(i)) continue;
      for (const entry of scan.senses[i]!) if (entry.kind === "future" || entry.kind === "past") return entry.kind;
    }
  }
  const endings = scan.vocabulary.pastEndings;
  if (endings.length === 0) return null;
  for (let distance = 1; distance <= WINDOW; distance++) {
    for (const i of [first - distance, end - 1 + distance]) {
      if (!inside(i)) continue;
      const token = scan.tokens[i]!;
      if (token.kind === "word" && token.lower.length > 4 && endings.some((ending) => token.lower.endsWith(ending))) return "past";
    }
  }
  return null;
}
