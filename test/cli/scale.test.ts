import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { documentRecord } from "../../src/index.js";
import { ROOT, runCli } from "../run-cli.js";

const ARTICLES = "fixtures/articles";
const sources = (ndjson: string) => ndjson.trimEnd().split("\n").filter(Boolean).map((line) => documentRecord.parse(JSON.parse(line)).source);

describe("many cores, many machines", () => {
  it("a run on two worker threads prints the same bytes as a run on one", () => {
    const many = [ARTICLES, ARTICLES, ARTICLES, "missing.txt", ARTICLES];
    const one = runCli([...many, "--format", "json", "--concurrency", "1"]);
    const two = runCli([...many, "--format", "json", "--concurrency", "2"]);
    expect(two.stdout).toBe(one.stdout);
    expect(two.status).toBe(2);
  });

  it("--shard i/n splits the inputs into disjoint shares that cover them all", () => {
    const whole = sources(runCli([ARTICLES, "--format", "ndjson"]).stdout);
    const shards = [1, 2, 3].map((i) => sources(runCli([ARTICLES, "--format", "ndjson", "--shard", `${i}/3`]).stdout));
    expect(shards.flat().sort()).toEqual([...whole].sort());
    expect(new Set(shards.flat()).size).toBe(whole.length);
  });

  it("sharded runs plus claimx group give the same groups as one run", () => {
    const whole = runCli([ARTICLES, "--group", "--format", "json"]);
    const shards = [1, 2].map((i) => runCli([ARTICLES, "--format", "ndjson", "--shard", `${i}/2`]).stdout).join("");
    const grouped = runCli(["group"], { input: shards });
    expect(JSON.parse(grouped.stdout).groups).toEqual(JSON.parse(whole.stdout).groups);
  });

  it("rejects a shard outside 1..n", () => {
    expect(runCli([ARTICLES, "--shard", "4/3"]).status).toBe(1);
  });
});

describe("--input ndjson", () => {
  it("reads {id, text, referenceDate} lines and reports bad lines as INVALID_INPUT records", () => {
    const input = [
      JSON.stringify({ id: "doc-1", text: "Die Regierung beriet am Montag über den Haushalt.", referenceDate: "2022-05-23" }),
      JSON.stringify({ id: "doc-2", text: 42 }),
      "{not json",
      "",
      JSON.stringify({ id: "doc-3", text: "Pemerintah membahas anggaran pada hari Senin." }),
    ].join("\n");
    const run = runCli(["--input", "ndjson", "-", "--format", "ndjson"], { input });
    expect(run.status).toBe(2);
    const records = run.stdout.trimEnd().split("\n").map((line) => documentRecord.parse(JSON.parse(line)));
    expect(records.map((r) => [r.source, r.error?.code ?? null])).toEqual([
      ["doc-1", null],
      ["doc-2", "INVALID_INPUT"],
      ["-:3", "INVALID_INPUT"],
      ["doc-3", null],
    ]);
    expect(records[0]!.referenceDate).toEqual({ value: "2022-05-23", source: "option" });
    expect(records[3]!.language.code).toBe("id");
  });

  it("streams: a record comes out while the input waits for more, on the worker pool too", async () => {
    const child = spawn(process.execPath, [fileURLToPath(new URL("../../bin/claimx.js", import.meta.url)), "--input", "ndjson", "-", "--format", "ndjson", "--concurrency", "2"], { cwd: ROOT });
    let output = "";
    const firstLine = new Promise<void>((resolve) => {
      child.stdout.on("data", (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes("\n")) resolve();
      });
    });
    child.stdin.write(`${JSON.stringify({ id: "first", text: "Die Regierung beriet am Montag über den Haushalt." })}\n`);
    // Only the first line is in: its record must not wait for a batch to fill up.
    await firstLine;
    child.stdin.end(`${JSON.stringify({ id: "second", text: "Pemerintah membahas anggaran pada hari Senin." })}\n`);
    await new Promise((resolve) => child.on("close", resolve));
    expect(output.trimEnd().split("\n").map((line) => documentRecord.parse(JSON.parse(line)).source)).toEqual(["first", "second"]);
  }, 30_000);
});
