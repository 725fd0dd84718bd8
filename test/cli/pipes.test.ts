import { spawn, spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { documentRecord } from "../../src/index.js";
import { ROOT, runCli } from "../run-cli.js";

const BIN = "bin/claimx.js";
const MANY = Array.from({ length: 300 }, () => "fixtures/articles");

describe("pipes and signals", () => {
  it("`claimx … | head -1` ends quietly, with no EPIPE noise", () => {
    const shell = spawnSync("sh", ["-c", `node ${BIN} ${MANY.join(" ")} --format ndjson | head -1`], { cwd: ROOT, encoding: "utf8" });
    expect(shell.stdout.split("\n").filter(Boolean)).toHaveLength(1);
    expect(shell.stderr).toBe("");
  });

  it("empty standard input gives one record with an EMPTY warning", () => {
    const run = runCli(["-", "--format", "ndjson"], { input: "" });
    expect(run.status).toBe(0);
    expect(documentRecord.parse(JSON.parse(run.stdout)).warnings.map((w) => w.code)).toEqual(["EMPTY"]);
  });

  // Workers still hold batches when the pool stops: a result that arrives after that once
  // crashed the run (exit 1, a stack on stderr) in about a third of the runs, so it runs several times.
  it("Ctrl-C during a run leaves only whole NDJSON lines, exits 130 and prints nothing on stderr", async () => {
    for (let run = 0; run < 6; run++) {
      const child = spawn(process.execPath, [BIN, ...MANY, "--format", "ndjson"], { cwd: ROOT });
      let stdout = "";
      let stderr = "";
      child.stdout.setEncoding("utf8");
      child.stderr.setEncoding("utf8");
      child.stderr.on("data", (chunk: string) => (stderr += chunk));
      child.stdout.on("data", (chunk: string) => {
        if (!stdout) child.kill("SIGINT");
        stdout += chunk;
      });
      const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
      expect(stderr).toBe("");
      expect(code).toBe(130);
      expect(stdout.endsWith("\n")).toBe(true);
      const lines = stdout.trimEnd().split("\n");
      expect(lines.length).toBeLessThan(MANY.length * 5);
      for (const line of lines) documentRecord.parse(JSON.parse(line));
    }
  }, 60_000);

  it("Ctrl-C stops a run on one thread too, soon after the signal", async () => {
    const child = spawn(process.execPath, [BIN, ...MANY, "--format", "ndjson", "--concurrency", "1"], { cwd: ROOT });
    let stdout = "";
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (chunk: string) => {
      if (!stdout) child.kill("SIGINT");
      stdout += chunk;
    });
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(code).toBe(130);
    const lines = stdout.trimEnd().split("\n");
    // The thread looks for a Ctrl-C at least every 50 ms: a few dozen articles at most, of 1,500.
    expect(lines.length).toBeLessThan(200);
    for (const line of lines) documentRecord.parse(JSON.parse(line));
  }, 60_000);
});
