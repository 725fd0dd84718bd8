import { Command } from "commander";

export function schemaCommand(): Command {
  return new Command("schema")
    .description("print the JSON Schema of the --format json output")
    .action(async () => {
      const { outputJsonSchema } = await import("../../schema/record.js");
      process.stdout.write(`${JSON.stringify(outputJsonSchema(), null, 2)}\n`);
    });
}
