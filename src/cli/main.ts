/** The `claimx` command: a thin shell over the library; every command lives in its own file. */
import { createRequire } from "node:module";
import { Command, CommanderError } from "commander";
import { extractCommand } from "./commands/extract.js";
import { schemaCommand } from "./commands/schema.js";
import { checkCommand } from "./commands/check.js";
import { evalCommand } from "./commands/eval.js";
import { groupCommand } from "./commands/group.js";
import { EXIT, handleInterrupts } from "./exit.js";
import { UsageError } from "./usage-error.js";

const { version } = createRequire(import.meta.url)("../../package.json") as { version: string };

const program = new Command("claimx")
  .description("Dated claims, temporal expressions, entities and languages from news articles in Dutch, German, English and Indonesian.")
  .version(version)
  .showHelpAfterError("(run claimx --help for usage)")
  .addCommand(extractCommand(), { isDefault: true })
  .addCommand(checkCommand())
  .addCommand(groupCommand())
  .addCommand(evalCommand())
  .addCommand(schemaCommand())
  .addHelpText(
    "after",
    `
Examples:
  $ claimx articles/                              every article in a folder, as a table
  $ claimx articles/ --format ndjson | jq .claims one record per line
  $ claimx articles/ --group --format table       events reported by several sources
  $ claimx check                                  fixtures against their expected records
  $ claimx eval gold.jsonl --task timex           precision, recall and F1 on annotated data

Run claimx help <command> for a command's options.`,
  );

handleInterrupts();
try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof UsageError) {
    process.stderr.write(`claimx: ${error.message}\n`);
    process.exitCode = EXIT.usage;
  } else if (!(error instanceof CommanderError)) {
    throw error;
  }
}
