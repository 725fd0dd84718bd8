import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { evalCommand } from "../../src/cli/commands/eval.js";
import { fixture } from "./hand-made.js";
import { tempDir } from "../temp-dir.js";

async function run(...args: string[]): Promise<{ stdout: string; stderr: string; exitCode: number }> {
  let stdout = "";
  let stderr = "";
  vi.spyOn(process.stdout, "write").mockImplementation((chunk) => ((stdout += String(chunk)), true));
  vi.spyOn(process.stderr, "write").mockImplementation((chunk) => ((stderr += String(chunk)), true));
  process.exitCode = 0;
  const command = evalCommand().exitOverride();
  try {
    await command.parseAsync(args, { from: "user" });
  } catch {
    // commander has already written its usage message to stderr
    process.exitCode = 1;
  }
  const exitCode = Number(process.exitCode ?? 0);
  process.exitCode = 0;
  vi.restoreAllMocks();
  return { stdout, stderr, exitCode };
}

afterEach(() => vi.restoreAllMocks());

describe("claimx eval", () => {
  it("prints a table per task with a row block per language", async () => {
    const { stdout, exitCode } = await run(fixture("meantime-en.jsonl"));
    expect(exitCode).toBe(0);
    expect(stdout).toContain("2 annotated documents");
    expect(stdout).toMatch(/^timex: temporal expressions/m);
    expect(stdout).toMatch(/^ner: named entities/m);
    expect(stdout).toMatch(/^en\s+strict span\s+5\s/m);
  });

  it("prints JSON with --json, only the task asked for with --task", async () => {
    const { stdout } = await run(fixture("tempeval3-platinum.jsonl"), "--task", "timex", "--json");
    const report = JSON.parse(stdout);
    expect(report.sections.map((s: { task: string }) => s.task)).toEqual(["timex"]);
    expect(report.sections[0].report.overall.gold).toBe(8);
  });

  it("writes --predictions beside the scores", async () => {
    const out = join(tempDir("claimx-eval-"), "predicted.jsonl");
    await run(fixture("ctparse.jsonl"), "--predictions", out);
    const ids = readFileSync(out, "utf8").trim().split("\n").map((line) => JSON.parse(line).id);
    expect(ids).toHaveLength(11);
    expect(ids[0]).toBe("ctparse-00000");
  });

  it("exits 1 with one line naming the file and line of bad gold", async () => {
    const bad = join(tempDir("claimx-eval-"), "bad.jsonl");
    writeFileSync(bad, '{"lang":"en","text":"fine"}\nnot json\n');
    const { stdout, stderr, exitCode } = await run(bad);
    expect(exitCode).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toMatch(new RegExp(`^claimx eval: ${bad.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:2: not valid JSON .*\n$`));
  });

  it("exits 1 when the predictions cannot be written", async () => {
    const { stderr, exitCode } = await run(fixture("ctparse.jsonl"), "--predictions", "/nonexistent/predicted.jsonl");
    expect(exitCode).toBe(1);
    expect(stderr).toBe("claimx eval: cannot write --predictions /nonexistent/predicted.jsonl (ENOENT)\n");
  });

  it("exits 1 for a task the gold does not annotate, and for an unknown task", async () => {
    const missing = await run(fixture("ctparse.jsonl"), "--task", "claims");
    expect(missing.exitCode).toBe(1);
    expect(missing.stderr).toBe(`claimx eval: ${fixture("ctparse.jsonl")}: has no claims annotations to score\n`);
    const unknown = await run(fixture("ctparse.jsonl"), "--task", "dates");
    expect(unknown.exitCode).toBe(1);
    expect(unknown.stderr).toMatch(/argument 'dates' is invalid/);
  });
});
