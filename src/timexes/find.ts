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
import { isBareRequest, tenseOf } from "./tense.js";
import { mayHoldTimex } from "./prefilter.js";

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
    const parses = parseAll(scan);
    if (parses.length === 0) continue;
    for (const parse of refine(scan, parses)) {
      // A splitter may cut inside the timex (`Am 12.` | `Januar begann …`): take every sentence it touches.
      const sentence = {
        start: sentenceAround(stretch, scan.tokens[parse.first]!.start).start,
        end: sentenceAround(stretch, scan.tokens[parse.end - 1]!.start).end,
      };
      const tense = tenseOf(scan, parse.first, parse.end, sentence);
      const future = tense === "future" || (tense === null && isBareRequest(scan, parse.first, parse.end, sentence));
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

interface Stretch {
  start: number;
  end: number;
  language: string;
  /** The sentences it joins, for the tense of each. */
  sentences: { start: number; end: number }[];
}

function sentenceAround(stretch: Stretch, offset: number): { start: number; end: number } {
  return stretch.sentences.find((sentence) => offset < sentence.end) ?? stretch;
}

/**
 * Sentences of one line and one language, read together: a sentence splitter may cut inside
 * a date (`am 23. Mai`, `20. Jahrhundert`), while a date never runs across a line. Sentences
 * that cannot hold a timex are left out, so most of an article is never tokenized.
 */
function stretches(analysis: Analysis): Stretch[] {
  const result: Stretch[] = [];
  let previous: Stretch | undefined;
  for (const sentence of analysis.sentences) {
    // A sentence with no digit and no date word holds no part of a timex: it ends the stretch.
    if (!mayHoldTimex(analysis.text, sentence.start, sentence.end)) {
      previous = undefined;
      continue;
    }
    const bounds = { start: sentence.start, end: sentence.end };
    if (previous && previous.language === sentence.language && !analysis.text.slice(previous.end, sentence.start).includes("\n")) {
      previous.end = sentence.end;
      previous.sentences.push(bounds);
    } else {
      previous = { start: sentence.start, end: sentence.end, language: sentence.language, sentences: [bounds] };
      result.push(previous);
    }
  }
  return result;
}
