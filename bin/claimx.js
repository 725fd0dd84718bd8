#!/usr/bin/env node
// `claimx --version` answers before the CLI and its modules load: scripts call it to probe
// for claimx, and it should cost little more than starting Node.
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === "--version" || args[0] === "-V")) {
  const { readFileSync } = await import("node:fs");
  process.stdout.write(`${JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")).version}\n`);
} else {
  await import("../dist/cli/main.js");
}
