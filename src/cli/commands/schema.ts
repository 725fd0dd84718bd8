import { Command } from "commander";
import { outputJsonSchema } from "../../schema/record.js";

export function schemaCommand(): Command {
  return new Command("schema")
    .description("print the JSON Schema of the --format json output")
    .action(() => {
      process.stdout.write(`${JSON.stringify(outputJsonSchema(), null, 2)}\n`);
    });
}
