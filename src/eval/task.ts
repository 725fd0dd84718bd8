/**
 * A task scores one annotation layer. Each item is tallied on its own; tallies add up per
 * language and overall, and only then are they turned into ratios, so a language's P/R/F1 is
 * micro-averaged over its items the way CoNLL and TempEval-3 report them.
 */
import { languageOf, type GoldItem } from "./gold.js";
import type { Prediction } from "./predict.js";

export const TASK_NAMES = ["timex", "ner", "lang", "claims"] as const;
export type TaskName = (typeof TASK_NAMES)[number];

export interface Task<Tally, Summary> {
  /** Whether the item carries the layer this task scores (a gold layer may be absent). */
  applies(item: GoldItem): boolean;
  tally(item: GoldItem, prediction: Prediction): Tally;
  add(a: Tally, b: Tally): Tally;
  readonly zero: Tally;
  summarize(tally: Tally): Summary;
}

export interface ScoredItem {
  item: GoldItem;
  prediction: Prediction;
}

export interface TaskReport<Summary> {
  /** Keyed by the gold language code, sorted. */
  byLanguage: Record<string, Summary>;
  overall: Summary;
}

/** Tallies the items the task applies to, per gold language and overall; null when none apply. */
export function runTask<Tally, Summary>(
  task: Task<Tally, Summary>,
  scored: readonly ScoredItem[],
): TaskReport<Summary> | null {
  const byLanguage = new Map<string, Tally>();
  let overall = task.zero;
  let applied = false;
  for (const { item, prediction } of scored) {
    if (!task.applies(item)) continue;
    applied = true;
    const tally = task.tally(item, prediction);
    const language = languageOf(item);
    byLanguage.set(language, task.add(byLanguage.get(language) ?? task.zero, tally));
    overall = task.add(overall, tally);
  }
  if (!applied) return null;
  const languages = [...byLanguage.keys()].sort();
  return {
    byLanguage: Object.fromEntries(languages.map((code) => [code, task.summarize(byLanguage.get(code)!)])),
    overall: task.summarize(overall),
  };
}

/** Each language's summary, then the overall one as `all` when there is more than one language. */
export function summariesByLanguage<Summary>(report: TaskReport<Summary>): [string, Summary][] {
  const entries = Object.entries(report.byLanguage);
  return entries.length > 1 ? [...entries, ["all", report.overall]] : entries;
}
