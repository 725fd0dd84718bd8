/**
 * `claimx eval GOLD.jsonl`: scores claimx against gold annotations. The reading, scoring and
 * formatting live in `src/eval/`; this only wires options to them and reports problems.
 */
import { writeFileSync } from "node:fs";
import { Command, Option } from "commander";
import { clipToAnnotatedExtent } from "../../eval/annotated-extent.js";
import { evaluate, predictAll, UnsupportedTaskError } from "../../eval/evaluate.js";
import { claimxPredictor } from "../../eval/predict.js";
import { predictionLines } from "../../eval/predictions-file.js";
import { GoldFileError, readGoldFile } from "../../eval/read-gold.js";
import { formatReport } from "../../eval/report-table.js";
import { TASK_NAMES, type TaskName } from "../../eval/task.js";

interface EvalOptions {
  task?: TaskName;
  json?: boolean;
  predictions?: string;
  partialGold?: boolean;
}

export function evalCommand(): Command {
  return new Command("eval")
    .description("score claimx on gold annotations: precision, recall and F1 per language and overall")
    .argument("<gold>", "gold file, JSON Lines (.jsonl or .jsonl.gz): annotated documents, NER sentences or time expressions")
    .addOption(new Option("--task <task>", "score only this task (default: every task the gold annotates)").choices(TASK_NAMES))
    .option("--json", "print the scores as JSON instead of a table")
    .option("--predictions <file>", "also write claimx's predictions to <file>, in the gold format and with the gold ids")
    .option(
      "--partial-gold",
      "the gold annotates only the opening of each document (MEANTIME): predictions after a document's last gold annotation are not scored",
    )
    .addHelpText(
      "after",
      [
        "",
        "Examples:",
        "  $ claimx eval fixtures/gold/seeds.gold.jsonl",
        "  $ claimx eval tempeval3-test.jsonl --task timex --predictions predicted.jsonl",
        "  $ claimx eval meantime-en-test.jsonl --partial-gold",
      ].join("\n"),
    )
    .action((goldPath: string, options: EvalOptions) => runEval(goldPath, options));
}

function runEval(goldPath: string, options: EvalOptions): void {
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
