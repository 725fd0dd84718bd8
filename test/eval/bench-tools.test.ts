import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { buildCorpus } from "../../src/bench/corpus.js";
import { timexQualityBenchmark } from "../../src/bench/timex-quality.js";
import { timexSpeedBenchmark } from "../../src/bench/timex-speed.js";
import { median, throughput, timePasses } from "../../src/bench/timing.js";

describe("benchmark timing", () => {
  it("takes the median of the timed passes", () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow();
  });

  it("runs the warm-up passes before the timed ones and times only the latter", () => {
    let passes = 0;
    expect(timePasses(() => passes++, { warmup: 2, repetitions: 3 })).toHaveLength(3);
    expect(passes).toBe(5);
  });

  it("turns a time into MB/s and documents/s", () => {
    expect(throughput(500, 2_000_000, 100)).toEqual({ milliseconds: 500, megabytesPerSecond: 4, documentsPerSecond: 200 });
  });
});

describe("benchmark corpus without the shared data", () => {
  const fixtures = fileURLToPath(new URL("../../fixtures", import.meta.url));
  const corpus = buildCorpus(null, fixtures);

  it("falls back to the fixture articles and gold slices, and says where they came from", () => {
    expect(corpus.sources).toEqual(["fixtures/eval/tempeval3-platinum.jsonl", "fixtures/eval/meantime-en.jsonl", "fixtures/articles"]);
    expect(new Set(corpus.documents.map((d) => d.lang))).toEqual(new Set(["en", "de", "nl", "id"]));
  });

  it("is the same every time it is built", () => {
    expect(buildCorpus(null, fixtures)).toEqual(corpus);
  });

  it("keeps the gold DCT as the reference date", () => {
    expect(corpus.documents.find((d) => d.id === "CNN_20130322_248")?.referenceDate).toBe("2013-03-22");
  });
});

describe("the timex benchmarks on the fixtures", () => {
  const fixturesDir = fileURLToPath(new URL("../../fixtures", import.meta.url));
  const context = { dataDir: null, fixturesDir, corpus: () => buildCorpus(null, fixturesDir) };

  it("report each engine per language and for all languages, with the ratio to chrono", async () => {
    const report = await timexSpeedBenchmark.run(context);
    for (const engine of ["claimx findTimexes", "claimx extract", "chrono.en", "chrono.de", "chrono.nl", "chrono.id", "chrono (per language)"]) {
      expect(report).toContain(engine);
    }
    expect(report).toMatch(/^all\s+claimx findTimexes\s+9\s/m);
  });

  it("score both engines on the gold slices with the evaluator's measures", async () => {
    const report = await timexQualityBenchmark.run(context);
    expect(report).toMatch(/^eval\/tempeval3-platinum\.jsonl\s+en\s+strict span P \/ R \/ F1/m);
    expect(report).toContain("eval/meantime-en.jsonl (annotated opening)");
    expect(report).toMatch(/DATE\+TIME value accuracy/);
  });
});
