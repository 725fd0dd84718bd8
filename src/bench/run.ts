/**
 * `npm run bench [-- name…]`: runs every benchmark, or those whose name contains one of the
 * given words (`npm run bench -- timex` runs timex-speed and timex-quality). A benchmark is a
 * file in this folder exporting a {@link Benchmark}; add it to the list below (language
 * identification and NER tagging benchmarks go here beside the timex ones).
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Benchmark, BenchContext } from "./benchmark.js";
import { buildCorpus, type BenchCorpus } from "./corpus.js";
import { timexQualityBenchmark } from "./timex-quality.js";
import { timexSpeedBenchmark } from "./timex-speed.js";

const BENCHMARKS: readonly Benchmark[] = [timexSpeedBenchmark, timexQualityBenchmark];

/** Where the shared corpora are: `CLAIMX_DATA`, else `../shared/data` beside the repository. */
function sharedDataDir(): string | null {
  const dir = process.env.CLAIMX_DATA ?? fileURLToPath(new URL("../../../shared/data", import.meta.url));
  return existsSync(dir) ? dir : null;
}

async function main(filters: readonly string[]): Promise<number> {
  const selected = BENCHMARKS.filter((b) => filters.length === 0 || filters.some((f) => b.name.includes(f)));
  if (selected.length === 0) {
    process.stderr.write(`bench: no benchmark matches ${filters.join(", ")}; there are ${BENCHMARKS.map((b) => b.name).join(", ")}\n`);
    return 1;
  }
  const dataDir = sharedDataDir();
  if (!dataDir) {
    process.stderr.write(
      "bench: the shared data folder (../shared/data, or CLAIMX_DATA) is absent: using the fixtures only, " +
        "which are too small for stable numbers\n",
    );
  }
  let corpus: BenchCorpus | undefined;
  const fixturesDir = fileURLToPath(new URL("../../fixtures", import.meta.url));
  const context: BenchContext = { dataDir, fixturesDir, corpus: () => (corpus ??= buildCorpus(dataDir, fixturesDir)) };
  process.stdout.write(`node ${process.version}, ${new Date().toISOString()}\n`);
  for (const benchmark of selected) {
    process.stdout.write(`\n== ${benchmark.name}: ${benchmark.description}\n`);
    process.stdout.write((await benchmark.run(context)) + "\n");
  }
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
