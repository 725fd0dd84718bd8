// Bundles the built CLI (`dist/cli/`) and its npm dependencies into `dist/bundle/` for
// `bin/claimx.js`: loading the CLI's 140 modules and the dependencies' files one by one cost
// about 80 ms of CPU at every start. Chunks keep what the CLI loads only when needed (the
// pipeline, eval, globs, the worker pool) out of the first file. Run by `npm run build` after
// tsc; plain JavaScript so that the build needs no TypeScript loader.
import { rmSync } from "node:fs";
import { build } from "esbuild";
import { precomputedSource } from "./precomputed.js";

const dist = new URL("../dist/", import.meta.url);
const outdir = new URL("bundle/", dist);

/**
 * Modules that compute constant data from the packs at run time, each export a function of no
 * arguments: the bundle carries the functions' results, computed here once, instead.
 */
const PRECOMPUTED = ["timexes/key-words.js"].map((module) => new URL(module, dist).pathname);
// Chunk names carry content hashes: a rebuild would otherwise leave the old chunks behind.
rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: ["cli/main.js", "cli/worker.js"].map((entry) => new URL(entry, dist).pathname),
  outdir: outdir.pathname,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  // piscina starts its threads from a file of its own package.
  external: ["piscina"],
  // The CommonJS dependencies (commander, picomatch, cli-progress) ask for `require`.
  banner: { js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);' },
  plugins: [
    {
      // commander loads node:child_process as it starts, only to run stand-alone executable
      // subcommands, which claimx has none of; child_process and the modules it loads (net,
      // dgram, streams) were about 5% of a start on a small article. commander gets a module that
      // loads child_process on first use instead.
      name: "lazy-child-process",
      setup(bundle) {
        bundle.onResolve({ filter: /^node:child_process$/ }, ({ importer }) =>
          importer.includes("/node_modules/commander/") ? { path: "node:child_process", namespace: "lazy" } : undefined,
        );
        bundle.onLoad({ filter: /.*/, namespace: "lazy" }, ({ path }) => ({
          contents: `module.exports = new Proxy({}, { get: (_, name) => require(${JSON.stringify(path)})[name] });`,
          loader: "js",
        }));
      },
    },
    {
      name: "precomputed",
      setup(bundle) {
        bundle.onLoad({ filter: /\.js$/ }, async ({ path }) => (PRECOMPUTED.includes(path) ? { contents: await precomputedSource(path), loader: "js" } : undefined));
      },
    },
  ],
  logLevel: "warning",
});
