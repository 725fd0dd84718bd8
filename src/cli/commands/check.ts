import { Command } from "commander";
export interface CheckFlags {
  expected: string;
  update: boolean;
  color: boolean;
}

const EXAMPLES = `
Examples:
  $ claimx check                      compare fixtures/articles/* with fixtures/expected/*.json
  $ claimx check --update             accept the current output as expected
  $ claimx check my/fixtures --expected my/expected`;

export function checkCommand(): Command {
  return new Command("check")
    .description("compare extraction on fixture articles with their expected records (for CI)")
    .argument("[paths...]", "fixture files or folders", ["fixtures/articles"])
    .option("-e, --expected <folder>", "folder of expected records <name>.json", "fixtures/expected")
    .option("-u, --update", "rewrite the expected records (and their readable <name>.claims.txt) from the current output", false)
    .option("--no-color", "no colors")
    .addHelpText("after", EXAMPLES)
    .action(async (paths: string[], flags: CheckFlags) => {
      const { runCheck } = await import("../actions/check.js");
      process.exitCode = await runCheck(paths, flags);
    });
}

