/**
 * Runs a predictor over a gold file and scores the tasks the gold supports. Pure apart from
 * the predictor: reading files and printing belong to the command.
 */
import type { GoldShape } from "./gold.js";
import { predictionInput, type Predictor } from "./predict.js";
import type { GoldFile } from "./read-gold.js";
import { runTask, TASK_NAMES, type ScoredItem, type TaskName, type TaskReport } from "./task.js";
import { claimsTask, type ClaimsSummary } from "./tasks/claims.js";
import { expressionTask, type ExpressionSummary } from "./tasks/expressions.js";
import { langTask, type LangSummary } from "./tasks/lang.js";
import { nerTask, type NerSummary } from "./tasks/ner.js";
import { timexTask, type TimexSummary } from "./tasks/timex.js";

export type Section =
  | { task: "timex"; report: TaskReport<TimexSummary> }
  | { task: "expressions"; report: TaskReport<ExpressionSummary> }
  | { task: "ner"; report: TaskReport<NerSummary> }
  | { task: "lang"; report: TaskReport<LangSummary> }
  | { task: "claims"; report: TaskReport<ClaimsSummary> };

export interface EvalReport {
  gold: string;
  shape: GoldShape;
  items: number;
  sections: Section[];
}

/** Asked for a task the gold file has no annotations for. */
export class UnsupportedTaskError extends Error {
  constructor(file: string, task: TaskName) {
    super(`${file}: has no ${task} annotations to score`);
    this.name = "UnsupportedTaskError";
  }
}

export function predictAll(gold: GoldFile, predictor: Predictor): ScoredItem[] {
  return gold.items.map((item) => ({ item, prediction: predictor(predictionInput(item)) }));
}

/**
 * Scores the requested tasks, or without a request every task the gold has annotations for.
 * A requested task the gold cannot score is an error rather than a silent zero.
 */
export function evaluate(gold: GoldFile, scored: readonly ScoredItem[], requested?: readonly TaskName[]): EvalReport {
  const sections: Section[] = [];
  for (const task of requested ?? TASK_NAMES) {
    const section = scoreTask(task, gold.shape, scored);
    if (section) sections.push(section);
    else if (requested) throw new UnsupportedTaskError(gold.file, task);
  }
  return { gold: gold.file, shape: gold.shape, items: gold.items.length, sections };
}

function scoreTask(task: TaskName, shape: GoldShape, scored: readonly ScoredItem[]): Section | null {
  switch (task) {
    case "timex":
      return shape === "expression"
        ? section("expressions", runTask(expressionTask, scored))
        : section("timex", runTask(timexTask, scored));
    case "ner":
      return section("ner", runTask(nerTask, scored));
    case "lang":
      return section("lang", runTask(langTask, scored));
    case "claims":
      return section("claims", runTask(claimsTask, scored));
  }
}

function section<T extends Section["task"]>(
  task: T,
  report: Extract<Section, { task: T }>["report"] | null,
): Section | null {
  return report ? ({ task, report } as Section) : null;
}
