import type { Timex } from "../schema/record.js";
import type { Analysis } from "../pipeline/analysis.js";
import { packForSentence } from "./sentence-pack.js";
import { lexiconFor } from "./lexicon.js";
import { tokenize } from "./tokens.js";
import { Scan } from "./scan.js";
import { parseAll } from "./grammar.js";
import { refine } from "./refine.js";
import { normalize, parseAnchor, type Anchor, type Anchoring } from "./normalize.js";
import type { Ymd } from "./calendar.js";

/**
 * Temporal expressions with their TIMEX3 values, sentence by sentence in the language of each
 * sentence, so a press release quoted in an Indonesian article is read with the English pack.
 */
export function findTimexes(analysis: Analysis): Timex[] {
  const { text } = analysis;
  const dct = parseAnchor(analysis.referenceDate.value);
  let narrative: Anchor | null = null;
  let lastDay: Ymd | null = dct?.d ? { y: dct.y, m: dct.m!, d: dct.d } : null;
  const timexes: Timex[] = [];
  // The quarter a report is about, for `a year ago` in the paragraphs after it.
  let quarter: string | null = null;
  for (const stretch of stretches(analysis)) {
    const code = stretch.language === "und" ? analysis.language.code : stretch.language;
    const tokens = tokenize(text, stretch.start, stretch.end);
    const scan = new Scan(text, tokens, lexiconFor(packForSentence(tokens, code)));
    for (const parse of refine(scan, parseAll(scan))) {
      const tense = nearestTense(scan, parse.first, parse.end);
      const future = tense === "future";
      const past = tense === "past";
      const context: Anchoring = { anchor: dct ?? narrative, narrative, lastDay, future, past, quarter };
      const normalized = normalize(parse.meaning, context);
      if (!normalized) continue;
      const start = scan.tokens[parse.first]!.start;
      const end = scan.tokens[parse.end - 1]!.end;
      timexes.push({ start, end, text: text.slice(start, end), type: parse.type ?? normalized.type, value: normalized.value });
      // Only a quarter the text names sets the subject; `a year ago` and `the quarter` refer to it.
      if (parse.meaning.kind === "date" && parse.meaning.quarter !== undefined) quarter = normalized.value;
      const absolute = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T|$)/.exec(normalized.value);
      if (absolute && normalized.type !== "DURATION") {
        narrative = parseAnchor(normalized.value);
        if (absolute[3]) lastDay = { y: Number(absolute[1]), m: Number(absolute[2]), d: Number(absolute[3]) };
      }
    }
  }
  return timexes;
}

/** How far from a timex a word like `will` or `was` still sets its tense, in tokens. */
const TENSE_WINDOW = 10;

/** The tense cue nearest the timex (`will` closer than `said` wins), if any lies near. */
function nearestTense(scan: Scan, first: number, end: number): "past" | "future" | null {
  for (let distance = 1; distance <= TENSE_WINDOW; distance++) {
    for (const i of [first - distance, end - 1 + distance]) {
      const entries = scan.senses[i];
      if (!entries) continue;
      for (const entry of entries) if (entry.kind === "future" || entry.kind === "past") return entry.kind;
    }
  }
  return null;
}
interface Stretch {
  start: number;
  end: number;
  language: string;
}

/**
 * Sentences of one line and one language, read together: a sentence splitter may cut inside
 * a date (`am 23. Mai`, `20. Jahrhundert`), while a date never runs across a line.
 */
function stretches(analysis: Analysis): Stretch[] {
  const result: Stretch[] = [];
  for (const sentence of analysis.sentences) {
    const last = result[result.length - 1];
    if (last && last.language === sentence.language && !analysis.text.slice(last.end, sentence.start).includes("\n")) last.end = sentence.end;
    else result.push({ start: sentence.start, end: sentence.end, language: sentence.language });
  }
  return result;
}
