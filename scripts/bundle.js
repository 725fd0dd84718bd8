// Bundles the built CLI (`dist/cli/`) and its npm dependencies into `dist/bundle/` for
// `bin/claimx.js`: loading the CLI's 140 modules and the dependencies' files one by one cost
// about 80 ms of CPU at every start. Chunks keep what the CLI loads only when needed (the
// pipeline, eval, globs, the worker pool) out of the first file. Run by `npm run build` after
// tsc; plain JavaScript so that the build needs no TypeScript loader.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { build } from "esbuild";
import { data as francData } from "franc/data.js";
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
mkdirSync(outdir);

/**
 * franc's trigram models: every start scores text against the packs' four, while the other 159
 * are read only when a long stretch may be in none of the packs' languages; parsing them all
 * cost 16 M instructions of every start. The bundle carries the four and reads the rest, as JSON
 * beside it, on the first look at any other model or at the list of them.
 */
const FRANC_REST = "franc-data.json";
writeFileSync(new URL(FRANC_REST, outdir), JSON.stringify(francData));
const { PACKS } = await import(new URL("packs/registry.js", dist).href);
const packModels = Object.fromEntries(PACKS.map(({ francCode }) => [francCode, francData.Latin[francCode]]));
const francDataSource = `
const packModels = ${JSON.stringify(packModels)};
let all;
const allModels = () => (all ??= require("./${FRANC_REST}"));
/** A script's models, or the Latin script's with the packs' four at hand. */
const lazyModels = (script, atHand) =>
  new Proxy({}, {
    get: (_, code) => atHand[code] ?? allModels()[script]?.[code],
    has: (_, code) => code in allModels()[script],
    ownKeys: () => Reflect.ownKeys(allModels()[script]),
    getOwnPropertyDescriptor: (_, code) => Reflect.getOwnPropertyDescriptor(allModels()[script], code),
  });
export const data = new Proxy({}, {
  get: (_, script) => (script === "Latin" ? latin : allModels()[script]),
  has: (_, script) => script in allModels(),
  ownKeys: () => Reflect.ownKeys(allModels()),
  getOwnPropertyDescriptor: (_, script) => Reflect.getOwnPropertyDescriptor(allModels(), script),
});
const latin = lazyModels("Latin", packModels);
`;
await build({
  entryPoints: ["cli/main.js", "cli/worker.js"].map((entry) => new URL(entry, dist).pathname),
  outdir: outdir.pathname,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  // piscina starts its threads from a file of its own package; franc's models are read as needed.
  external: ["piscina", `./${FRANC_REST}`],
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
        bundle.onLoad({ filter: /[\\/]node_modules[\\/]franc[\\/]data\.js$/ }, () => ({ contents: francDataSource, loader: "js" }));
      },
    },
  ],
  logLevel: "warning",
});
