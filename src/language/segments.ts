/**
 * From the verdicts on single stretches to the language segments of a document. A stretch
 * decides its own language only when it is a real sentence and its verdict is clear; short or
 * ambiguous stretches (a banner, a dateline, a name) inherit the language of the stretches
 * around them. A switch of language must then carry enough text to be believed, so that one
 * odd sentence in a long article does not become a segment of its own.
 */
import type { DetectedLanguageCode, LanguageSegment } from "../schema/record.js";
import type { Stretch } from "./stretches.js";
import { addScores, verdictOf, type StretchScores } from "./scores.js";
import { isOutOfScope } from "./out-of-scope.js";
import { PACKS } from "../packs/registry.js";

/** A stretch shorter than this (words, letters) is too short to decide its own language. */
const MIN_DECISIVE_WORDS = 4;
const MIN_DECISIVE_LETTERS = 20;
/** The verdict on a stretch must beat the runner-up by this much to stand on its own. */
const MIN_DECISIVE_MARGIN = 4;
/** A run of stretches in another language than its neighbours must win by this much in total. */
const MIN_SWITCH_MARGIN = 8;
/** A sentence must win by this much to break away from the language of the rest of its line. */
const MIN_IN_LINE_SWITCH_MARGIN = 12;

export interface ScoredStretch extends Stretch {
  scores: StretchScores;
}

interface Run {
  code: DetectedLanguageCode;
  stretches: ScoredStretch[];
}

export function segmentsOf(text: string, stretches: readonly ScoredStretch[]): { code: DetectedLanguageCode; segments: LanguageSegment[] } {
  const runs = markOutOfScope(text, mergeWeakRuns(runsOf(linesAsWholes(text, stretches))));
  const segments = runs.map((run, i) => ({
    start: i === 0 ? 0 : run.stretches[0]!.start,
    end: i === runs.length - 1 ? text.length : runs[i + 1]!.stretches[0]!.start,
    code: run.code,
  }));
  const characters = new Map<DetectedLanguageCode, number>();
  for (const segment of segments) characters.set(segment.code, (characters.get(segment.code) ?? 0) + segment.end - segment.start);
  const code = [...characters].reduce((best, entry) => (entry[1] > best[1] ? entry : best))[0];
  return { code, segments };
}

/**
 * Languages switch at line breaks far more often than inside a paragraph, so the sentences of
 * a line are judged together, which lets a line of short sentences decide its language, unless
 * one of them clearly stands apart from the rest of the line.
 */
function linesAsWholes(text: string, stretches: readonly ScoredStretch[]): ScoredStretch[] {
  const units: ScoredStretch[] = [];
  let line: ScoredStretch[] = [];
  const closeLine = () => {
    if (line.length === 0) return;
    const whole = addScores(line.map((s) => s.scores));
    const lineCode = verdictOf(whole).code;
    const standsApart = (s: ScoredStretch) => {
      const verdict = verdictOf(s.scores);
      return verdict.code !== lineCode && verdict.margin >= MIN_IN_LINE_SWITCH_MARGIN;
    };
    if (line.length > 1 && !line.some(standsApart)) units.push({ start: line[0]!.start, end: line.at(-1)!.end, scores: whole });
    else units.push(...line);
    line = [];
  };
  for (const stretch of stretches) {
    const previous = line.at(-1);
    if (previous && text.slice(previous.end, stretch.start).includes("\n")) closeLine();
    line.push(stretch);
  }
  closeLine();
  return units;
}

function isDecisive(scores: StretchScores): boolean {
  const verdict = verdictOf(scores);
  if (verdict.code === "und") return scores.foreignLetters >= MIN_DECISIVE_LETTERS;
  return scores.words >= MIN_DECISIVE_WORDS && scores.letters >= MIN_DECISIVE_LETTERS && verdict.margin >= MIN_DECISIVE_MARGIN;
}

/**
 * Consecutive stretches of one language. Undecided stretches wait for the next decided one:
 * those before a switch of language go with the run before, except a tail of them that reads
 * like the new language (a heading over a quoted press release), which opens the new run.
 */
function runsOf(stretches: readonly ScoredStretch[]): Run[] {
  const runs: Run[] = [];
  let pending: ScoredStretch[] = [];
  for (const stretch of stretches) {
    if (!isDecisive(stretch.scores)) {
      pending.push(stretch);
      continue;
    }
    const code = verdictOf(stretch.scores).code;
    const last = runs.at(-1);
    if (last && last.code === code) {
      last.stretches.push(...pending, stretch);
    } else {
      let split = last ? pending.length : 0;
      while (split > 0 && verdictOf(pending[split - 1]!.scores).code === code) split--;
      last?.stretches.push(...pending.slice(0, split));
      runs.push({ code, stretches: [...pending.slice(split), stretch] });
    }
    pending = [];
  }
  const last = runs.at(-1);
  if (!last) {
    // Nothing long or clear enough on its own: judge the whole text at once.
    return [{ code: verdictOf(addScores(pending.map((s) => s.scores))).code, stretches: pending }];
  }
  last.stretches.push(...pending);
  return runs;
}

/** Folds runs whose language does not win clearly over their whole length into the run before. */
function mergeWeakRuns(runs: Run[]): Run[] {
  let merged = runs;
  for (;;) {
    const weak = merged.findIndex((run) => merged.length > 1 && !holdsItsOwn(run));
    if (weak < 0) return merged;
    const into = weak === 0 ? 1 : weak - 1;
    const [first, second] = weak < into ? [merged[weak]!, merged[into]!] : [merged[into]!, merged[weak]!];
    const joined = { code: merged[into]!.code, stretches: [...first.stretches, ...second.stretches] };
    merged = [...merged.slice(0, Math.min(weak, into)), joined, ...merged.slice(Math.max(weak, into) + 1)];
    merged = joinSameLanguage(merged);
  }
}

/** Runs whose text is in none of the packs' languages become `und`. */
function markOutOfScope(text: string, runs: Run[]): Run[] {
  const marked = runs.map((run) => {
    const language = PACKS.findIndex((pack) => pack.code === run.code);
    if (language < 0) return run;
    const total = addScores(run.stretches.map((s) => s.scores));
    const share = total.words === 0 ? 0 : total.functionWords[language]! / total.words;
    const sample = text.slice(run.stretches[0]!.start, run.stretches.at(-1)!.end);
    return isOutOfScope(sample, share) ? { ...run, code: "und" as const } : run;
  });
  return joinSameLanguage(marked);
}

function holdsItsOwn(run: Run): boolean {
  const verdict = verdictOf(addScores(run.stretches.map((s) => s.scores)));
  return verdict.code === run.code && (verdict.code === "und" || verdict.margin >= MIN_SWITCH_MARGIN);
}

function joinSameLanguage(runs: Run[]): Run[] {
  const joined: Run[] = [];
  for (const run of runs) {
    const last = joined[joined.length - 1];
    if (last && last.code === run.code) last.stretches = [...last.stretches, ...run.stretches];
    else joined.push({ ...run, stretches: [...run.stretches] });
  }
  return joined;
}
