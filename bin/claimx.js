#!/usr/bin/env node
// `claimx --version` answers before the CLI and its modules load: scripts call it to probe
// for claimx, and it should cost little more than starting Node.
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === "--version" || args[0] === "-V")) {
  const { readFileSync } = await import("node:fs");
  process.stdout.write(`${JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")).version}\n`);
} else {
  // One bundled file (`npm run build`): resolving and loading the 140 modules of the CLI one by
  // one cost about 50 ms of CPU at each start.
  await import("../dist/bundle/main.js");
}
