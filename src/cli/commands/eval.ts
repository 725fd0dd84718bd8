/**
 * `claimx eval GOLD.jsonl`: scores claimx against gold annotations. The reading, scoring and
 * formatting live in `src/eval/`; this only wires options to them and reports problems.
 */
import { writeFileSync } from "node:fs";
import { Command, Option } from "commander";
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
}

export function evalCommand(): Command {
  return new Command("eval")
    .description("score claimx on gold annotations: precision, recall and F1 per language and overall")
    .argument("<gold>", "gold file, JSON Lines (.jsonl or .jsonl.gz): annotated documents, NER sentences or time expressions")
    .addOption(new Option("--task <task>", "score only this task (default: every task the gold annotates)").choices(TASK_NAMES))
    .option("--json", "print the scores as JSON instead of a table")
    .option("--predictions <file>", "also write claimx's predictions to <file>, in the gold format and with the gold ids")
    .addHelpText(
      "after",
      [
        "",
        "Examples:",
        "  $ claimx eval fixtures/gold/seeds.gold.jsonl",
        "  $ claimx eval tempeval3-test.jsonl --task timex --predictions predicted.jsonl",
      ].join("\n"),
    )
    .action((goldPath: string, options: EvalOptions) => runEval(goldPath, options));
}

function runEval(goldPath: string, options: EvalOptions): void {
  try {
    const gold = readGoldFile(goldPath);
    const scored = predictAll(gold, claimxPredictor);
    const report = evaluate(gold, scored, options.task ? [options.task] : undefined);
    if (options.predictions) writeFileSync(options.predictions, predictionLines(scored));
    process.stdout.write(options.json ? JSON.stringify(report, null, 2) + "\n" : formatReport(report));
  } catch (error) {
    if (!isUsageProblem(error)) throw error;
    process.stderr.write(`claimx eval: ${(error as Error).message}\n`);
    process.exitCode = 1;
  }
}

/** Problems with what the user gave us, as opposed to bugs: one line, no stack trace. */
function isUsageProblem(error: unknown): boolean {
  return (
    error instanceof GoldFileError ||
    error instanceof UnsupportedTaskError ||
    (error instanceof Error && "syscall" in error && (error as NodeJS.ErrnoException).syscall === "open")
  );
}
