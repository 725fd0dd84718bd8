import { describe, expect, it } from "vitest";
import { claimGroup } from "../../src/index.js";
import type { ClaimGroup } from "../../src/index.js";
import { runCli } from "../run-cli.js";

describe("claimx group", () => {
  const ndjson = runCli(["fixtures/articles", "--format", "ndjson"]).stdout;

  it("reads NDJSON records from standard input and prints schema-valid groups", () => {
    const run = runCli(["group"], { input: ndjson });
    expect(run.status).toBe(0);
    const { groups } = JSON.parse(run.stdout) as { groups: unknown[] };
    for (const group of groups) claimGroup.parse(group);
  });

  it("gives the same groups from shards as from one run", () => {
    const lines = ndjson.trimEnd().split("\n");
    const shards = [lines.filter((_, i) => i % 2 === 0), lines.filter((_, i) => i % 2 === 1)].map((l) => `${l.join("\n")}\n`);
    const whole = runCli(["group"], { input: ndjson }).stdout;
    const fromShards = runCli(["group"], { input: shards[1]! + shards[0]! }).stdout;
    expect(fromShards).toBe(whole);
    expect(runCli(["fixtures/articles", "--group", "--format", "json"]).stdout).toContain('"groups"');
  });

  it("on the five fixture articles, each event is one group carried across languages, dated or not", () => {
    const { groups } = JSON.parse(runCli(["fixtures/articles", "--group", "--format", "json"]).stdout) as { groups: ClaimGroup[] };
    const only = (date: string) => {
      const found = groups.filter((g) => g.date === date && g.sources > 1);
      expect(found).toHaveLength(1);
      return found[0]!;
    };
    const announcement = only("2022-05-23");
    expect(announcement.sources).toBeGreaterThanOrEqual(4);
    expect(announcement.languages).toEqual(["de", "en", "id", "nl"]);
    expect(only("2022-07").sources).toBe(5);
    expect(only("2022-03-31").languages.length).toBeGreaterThanOrEqual(3);
    expect(announcement.entities).toEqual(["Leica", "Xiaomi"]);
    expect(only("2022-03-31").entities).toEqual(["Huawei", "Leica"]);
  });

  it("a line that is not a record is an error naming the input and line", () => {
    const run = runCli(["group"], { input: `${ndjson}{"source": 1}\n` });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^claimx: -:6: not a claimx record/);
  });

  it("--group with ndjson explains how to stream and group", () => {
    const run = runCli(["fixtures/articles", "--group", "--format", "ndjson"]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("claimx group");
  });
});
