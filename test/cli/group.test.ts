import { describe, expect, it } from "vitest";
import { claimGroup } from "../../src/index.js";
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
