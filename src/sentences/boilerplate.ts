/**
 * Page furniture that scrapers keep: comment forms, captcha, navigation, cookie and newsletter
 * notices, affiliate disclaimers, reader comments. Marked, not removed, so offsets stay true
 * and entities are still found there; claims skip it.
 */
import type { Sentence } from "../pipeline/analysis.js";
import { PACKS } from "../packs/registry.js";

// Pages mix languages in their furniture (English navigation on a Dutch site), so every
// pack's cues apply to every line.
const ALL_RULES = PACKS.flatMap((pack) => pack.boilerplate);

/**
 * All the rules as one alternation, which finds whether any of them matches in one pass over
 * the line instead of one pass per rule. Only rules of one set of flags can share an
 * expression; otherwise each is asked on its own.
 */
const ANY_RULE: RegExp | null = ALL_RULES.every((rule) => rule.flags === ALL_RULES[0]?.flags)
  ? new RegExp(ALL_RULES.map((rule) => `(?:${rule.source})`).join("|"), ALL_RULES[0]?.flags)
  : null;

/** A heading that opens the reader comments: everything after it is theirs. */
const COMMENTS_HEADING =
  /^(\d+\s+)?(comments?|reacties|reageer|kommentare?|komentar|tanggapan|leave a (reply|comment)|no comments?)\s*(\(\d+\))?:?$/i;

/** Single tokens left over from widgets (`captcha`, `x`, `×`, `Menu`). */
const WIDGET_REMNANT = /^(\S{1,2}|captcha|menu|share|tweet|print)$/i;

export function isBoilerplateLine(line: string): boolean {
  const text = line.replace(/^[\s•*·\-–—>]+/u, "");
  return WIDGET_REMNANT.test(text) || (ANY_RULE ? ANY_RULE.test(text) : ALL_RULES.some((rule) => rule.test(text)));
}

export function markReaderComments(text: string, sentences: Sentence[]): Sentence[] {
  const heading = sentences.findIndex((s) => COMMENTS_HEADING.test(text.slice(s.start, s.end).trim()));
  if (heading < 0) return sentences;
  // Written out, not spread: every sentence keeps the one shape the stages after it read.
  return sentences.map((s, i) => (i >= heading ? { start: s.start, end: s.end, language: s.language, boilerplate: true, headline: s.headline } : s));
}
