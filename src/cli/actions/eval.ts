/**
 * `claimx eval GOLD.jsonl`: scores claimx against gold annotations. The reading, scoring and
 * formatting live in `src/eval/`; this only wires options to them and reports problems.
 */
import { writeFileSync } from "node:fs";
import { clipToAnnotatedExtent } from "../../eval/annotated-extent.js";
import { evaluate, predictAll, UnsupportedTaskError } from "../../eval/evaluate.js";
import { claimxPredictor } from "../../eval/predict.js";
import { predictionLines } from "../../eval/predictions-file.js";
import { GoldFileError, readGoldFile } from "../../eval/read-gold.js";
import { formatReport } from "../../eval/report-table.js";

import type { EvalOptions } from "../commands/eval.js";

export function runEval(goldPath: string, options: EvalOptions): void {
  try {
    const gold = readGoldFile(goldPath);
    const scored = predictAll(gold, claimxPredictor);
    const report = evaluate(gold, options.partialGold ? clipToAnnotatedExtent(scored) : scored, options.task ? [options.task] : undefined);
    if (options.predictions) writePredictions(options.predictions, predictionLines(scored));
    process.stdout.write(options.json ? JSON.stringify(report, null, 2) + "\n" : formatReport(report));
  } catch (error) {
    if (!isUsageProblem(error)) throw error;
    process.stderr.write(`claimx eval: ${(error as Error).message}\n`);
    process.exitCode = 1;
  }
}

class PredictionsFileError extends Error {}

function writePredictions(file: string, lines: string): void {
  try {
    writeFileSync(file, lines);
  } catch (error) {
    throw new PredictionsFileError(`cannot write --predictions ${file} (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
}

/** Problems with what the user gave us, as opposed to bugs: one line, no stack trace. */
function isUsageProblem(error: unknown): boolean {
  return error instanceof GoldFileError || error instanceof UnsupportedTaskError || error instanceof PredictionsFileError;
}
