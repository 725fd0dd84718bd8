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
  /** The stretches' scores added up. */
  total: StretchScores;
}

function runOf(code: DetectedLanguageCode, stretches: ScoredStretch[]): Run {
  return { code, stretches, total: addScores(stretches.map((s) => s.scores)) };
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

/** Whether `text[from, to)`, the white space between two stretches, holds a line break. */
function holdsLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 0x0a) return true;
  return false;
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
    if (previous && holdsLineBreak(text, previous.end, stretch.start)) closeLine();
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
  const groups: { code: DetectedLanguageCode; stretches: ScoredStretch[] }[] = [];
  let pending: ScoredStretch[] = [];
  for (const stretch of stretches) {
    if (!isDecisive(stretch.scores)) {
      pending.push(stretch);
      continue;
    }
    const code = verdictOf(stretch.scores).code;
    const last = groups.at(-1);
    if (last && last.code === code) {
      last.stretches = last.stretches.concat(pending, [stretch]);
    } else {
      let split = last ? pending.length : 0;
      while (split > 0 && verdictOf(pending[split - 1]!.scores).code === code) split--;
      if (last) last.stretches = last.stretches.concat(pending.slice(0, split));
      groups.push({ code, stretches: pending.slice(split).concat([stretch]) });
    }
    pending = [];
  }
  const last = groups.at(-1);
  if (!last) {
    // Nothing long or clear enough on its own: judge the whole text at once.
    return [runOf(verdictOf(addScores(pending.map((s) => s.scores))).code, pending)];
  }
  last.stretches = last.stretches.concat(pending);
  return groups.map((group) => runOf(group.code, group.stretches));
}

/**
 * Folds runs whose language does not win clearly over their whole length into the run before
 * (the first run into the one after), in one pass: a run only grows by merging, so each merge
 * adds the two runs' summed scores instead of adding up their stretches again.
 */
function mergeWeakRuns(runs: readonly Run[]): Run[] {
  const kept: Run[] = [];
  for (const run of runs) {
    let current = run;
    const first = kept.length === 1 ? kept[0]! : undefined;
    if (first && !holdsItsOwn(first)) current = join(kept.pop()!, current, current.code);
    kept.push(current);
    for (;;) {
      const top = kept.at(-1)!;
      const below = kept.at(-2);
      if (!below) break;
      if (top.code === below.code || !holdsItsOwn(top)) {
        kept.pop();
        kept[kept.length - 1] = join(below, top, below.code);
      } else {
        break;
      }
    }
  }
  return kept;
}

/** One run from two neighbours. Each run owns its list of stretches, so the first one's is extended in place. */
function join(first: Run, second: Run, code: DetectedLanguageCode): Run {
  for (const stretch of second.stretches) first.stretches.push(stretch);
  return { code, stretches: first.stretches, total: addScores([first.total, second.total]) };
}

/** Runs whose text is in none of the packs' languages become `und`. */
function markOutOfScope(text: string, runs: Run[]): Run[] {
  const marked = runs.map((run) => {
    const language = PACKS.findIndex((pack) => pack.code === run.code);
    if (language < 0) return run;
    const share = run.total.words === 0 ? 0 : run.total.functionWords[language]! / run.total.words;
    const sample = text.slice(run.stretches[0]!.start, run.stretches.at(-1)!.end);
    return isOutOfScope(sample, share) ? { code: "und" as const, stretches: run.stretches, total: run.total } : run;
  });
  return joinSameLanguage(marked);
}

function holdsItsOwn(run: Run): boolean {
  const verdict = verdictOf(run.total);
  return verdict.code === run.code && (verdict.code === "und" || verdict.margin >= MIN_SWITCH_MARGIN);
}

function joinSameLanguage(runs: readonly Run[]): Run[] {
  const joined: Run[] = [];
  for (const run of runs) {
    const last = joined.at(-1);
    if (last && last.code === run.code) joined[joined.length - 1] = join(last, run, last.code);
    else joined.push(run);
  }
  return joined;
}
