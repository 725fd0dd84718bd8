import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { DocumentRecord } from "../../src/index.js";
import { runCli } from "../run-cli.js";
import { tempDir } from "../temp-dir.js";

describe("claimx check", () => {
  it("passes on the bundled fixtures against fixtures/expected", () => {
    const run = runCli(["check"]);
    expect(run.stdout).toContain("all 5 fixtures match");
    expect(run.status).toBe(0);
  });

  it("shows what changed and exits 1 when an expected record differs", () => {
    const expected = tempDir("claimx-expected-");
    cpSync("fixtures/expected", expected, { recursive: true });
    const file = join(expected, "nl-xiaomi-leica-partnership.json");
    const record = JSON.parse(readFileSync(file, "utf8")) as DocumentRecord;
    record.language.code = "de";
    record.timexes.push({ start: 1, end: 13, text: "date 2022-05", type: "DATE", value: "2021-05" });
    writeFileSync(file, JSON.stringify(record));
    const run = runCli(["check", "--expected", expected]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("~ language: de → nl");
    expect(run.stdout).toContain('- timex "date 2022-05" [1,13) DATE 2021-05');
    expect(run.stdout).toContain("1 of 5 fixtures differ");
  });

  it("--update writes expected records that then match, each with a readable list of its claims", () => {
    const expected = tempDir("claimx-expected-");
    expect(runCli(["check", "--update", "--expected", expected]).status).toBe(0);
    expect(runCli(["check", "--expected", expected]).status).toBe(0);
    const summary = readFileSync(join(expected, "nl-xiaomi-leica-partnership.claims.txt"), "utf8");
    expect(summary).toContain('2022-07  planned  (subject Xiaomi)  ← "juli"');
    expect(summary).toContain("    Xiaomi en Leica laten weten dat in juli");
  });

  it("a missing expected record is a difference, not a crash", () => {
    const expected = tempDir("claimx-expected-");
    const run = runCli(["check", "--expected", expected]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("no expected record");
  });
});
