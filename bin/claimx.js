#!/usr/bin/env node
// CommonJS (bin/package.json): Node starts a CommonJS entry point without setting up its ES
// module loader, about 10 ms of CPU that `--version` then does not pay.
// `claimx --version` answers before the CLI and its modules load: scripts call it to probe
// for claimx, and it should cost little more than starting Node.
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === "--version" || args[0] === "-V")) {
  const { readFileSync } = require("node:fs");
  const { join } = require("node:path");
  process.stdout.write(`${JSON.parse(readFileSync(join(__dirname, "..", "package.json"), "utf8")).version}\n`);
} else {
  // The largest function (bytes of bytecode) V8's optimizing compiler inlines; V8's default is
  // 460. The stages' hot functions call many helpers of a few hundred bytes, which made each
  // optimized function a very large graph, compiled again in full every time one of its inlined
  // helpers deoptimized, once per thread: with this limit a run spends far less CPU compiling
  // and no more running (see the README's performance section). Set here, before any code of
  // the CLI runs: changed while an optimizing compile is in flight, V8 aborts the process (it
  // did, when the worker pool set it as it started).
  const v8 = require("node:v8");
  v8.setFlagsFromString("--max-inlined-bytecode-size=60");
  // V8 compiles a regular expression to bytecode on its first use and again to machine code on
  // its second; nearly every one the stages use runs more than once, so the bytecode is compiled
  // for nothing. Machine code at once cut the instructions of a start on a small article by 7%.
  v8.setFlagsFromString("--no-regexp-tier-up");
  // One bundled file (`npm run build`): resolving and loading the 140 modules of the CLI and
  // its dependencies one by one cost about 80 ms of CPU at each start.
  import("../dist/bundle/main.js");
}
