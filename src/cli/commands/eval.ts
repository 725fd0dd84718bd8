/**
 * `claimx eval GOLD.jsonl`: scores claimx against gold annotations. The reading, scoring and
 * formatting live in `src/eval/`; this only wires options to them and reports problems.
 */
import { Command, Option } from "commander";
import { TASK_NAMES, type TaskName } from "../../eval/task-names.js";

export interface EvalOptions {
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
    .action(async (goldPath: string, options: EvalOptions) => {
      const { runEval } = await import("../actions/eval.js");
      runEval(goldPath, options);
    });
}

