import { readdirSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extract, output, documentRecord } from "../../src/index.js";
import { ROOT, runCli } from "../run-cli.js";
import { tempDir } from "../temp-dir.js";

const ARTICLES = "fixtures/articles";
const FIXTURES = readdirSync(join(ROOT, ARTICLES)).sort();

describe("claimx extract on the bundled fixtures", () => {
  const run = runCli([ARTICLES, "--format", "json"]);
  const parsed = output.parse(JSON.parse(run.stdout));

  it("prints one schema-valid record per article, in sorted order, and exits 0", () => {
    expect(run.status).toBe(0);
    expect(parsed.documents.map((d) => d.source)).toEqual(FIXTURES.map((f) => `${ARTICLES}/${f}`));
    expect(parsed.schemaVersion).toBe("1");
  });

  it("gives the same record as the library for the same text", () => {
    for (const document of parsed.documents) {
      const text = readFileSync(join(ROOT, document.source), "utf8");
      expect(extract(text, { source: document.source })).toEqual(document);
    }
  });

  it("is deterministic: two runs print the same bytes", () => {
    expect(runCli([ARTICLES, "--format", "json"]).stdout).toBe(run.stdout);
  });

  it("writes JSON when stdout is not a terminal and no format is given", () => {
    expect(runCli([ARTICLES]).stdout).toBe(run.stdout);
  });

  it("reads the reference date of seed 000 from its metadata line", () => {
    const record = parsed.documents.find((d) => d.source.endsWith("nl-xiaomi-leica-partnership.txt"));
    expect(record?.referenceDate).toEqual({ value: "2022-05", source: "metadata" });
  });
});

describe("output formats", () => {
  it("ndjson prints one valid record per line", () => {
    const run = runCli([ARTICLES, "--format", "ndjson"]);
    const lines = run.stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(FIXTURES.length);
    for (const line of lines) documentRecord.parse(JSON.parse(line));
  });

  it("csv starts with its header row", () => {
    const run = runCli([ARTICLES, "--format", "csv"]);
    expect(run.status).toBe(0);
    expect(run.stdout.split("\r\n")[0]).toBe("source,language,date,timex,subject,modality,attribution,entities,start,end,text");
  });

  it("table lists every document with its language and reference date, without colors in a pipe", () => {
    const run = runCli([ARTICLES, "--format", "table"]);
    expect(run.status).toBe(0);
    for (const fixture of FIXTURES) expect(run.stdout).toContain(fixture);
    expect(run.stdout).toContain("2022-05");
    expect(run.stdout).not.toMatch(/\u001b\[/);
  });

  it("--output writes to a file and nothing to stdout", () => {
    const file = join(tempDir(), "out.json");
    const run = runCli([`${ARTICLES}/nl-xiaomi-leica-partnership.txt`, "--output", file]);
    expect(run.stdout).toBe("");
    expect(output.parse(JSON.parse(readFileSync(file, "utf8"))).documents).toHaveLength(1);
  });
});

describe("inputs", () => {
  it("reads standard input as source -", () => {
    const text = readFileSync(join(ROOT, ARTICLES, "de-leica-xiaomi-partnerschaft.txt"));
    const run = runCli(["-", "--format", "ndjson"], { input: text });
    const record = documentRecord.parse(JSON.parse(run.stdout));
    expect(record.source).toBe("-");
    expect(record.language.code).toBe("de");
  });

  it("expands globs and applies --include and --exclude", () => {
    const folder = tempDir();
    mkdirSync(join(folder, "sub"));
    writeFileSync(join(folder, "a.txt"), "Het kabinet vergadert vandaag over de begroting.");
    writeFileSync(join(folder, "sub", "b.txt"), "Die Regierung berät heute über den Haushalt.");
    writeFileSync(join(folder, "sub", "c.md"), "The government discusses the budget today.");
    const sources = (args: string[]) =>
      output.parse(JSON.parse(runCli(args, { cwd: folder }).stdout)).documents.map((d) => d.source);
    expect(sources(["."])).toEqual(["a.txt", "sub/b.txt", "sub/c.md"]);
    expect(sources(["**/*.txt"])).toEqual(["a.txt", "sub/b.txt"]);
    // Every character that makes a glob still does, and a file whose name has one is itself.
    expect(sources(["sub/?.md", "sub/[b].txt", "{a,sub/c}.*"])).toEqual(["sub/c.md", "sub/b.txt", "a.txt", "sub/c.md"]);
    expect(sources([".", "--include", "*.md"])).toEqual(["sub/c.md"]);
    expect(sources([".", "--exclude", "sub/**"])).toEqual(["a.txt"]);
    writeFileSync(join(folder, "d[1].txt"), "Het kabinet vergadert morgen.");
    expect(sources(["d[1].txt"])).toEqual(["d[1].txt"]);
  });

  it("forces the language with --lang and the reference date with --reference-date", () => {
    const run = runCli(["-", "--lang", "id", "--reference-date", "2024-02-29", "--format", "ndjson"], { input: "Xiaomi" });
    const record = documentRecord.parse(JSON.parse(run.stdout));
    expect(record.language.code).toBe("id");
    expect(record.referenceDate).toEqual({ value: "2024-02-29", source: "option" });
  });
});

describe("exit codes and errors", () => {
  it("a missing file is an error record with exit 2, and the other files are still printed", () => {
    const run = runCli([`${ARTICLES}/nl-xiaomi-leica-partnership.txt`, "no-such-file.txt", "--format", "json"]);
    expect(run.status).toBe(2);
    const [good, bad] = output.parse(JSON.parse(run.stdout)).documents;
    expect(good?.error).toBeNull();
    expect(bad?.error).toEqual({ code: "NOT_FOUND", message: "no-such-file.txt: no such file or folder" });
    expect(run.stderr).toContain("no-such-file.txt");
  });

  it("a file with NUL bytes is a BINARY error record", () => {
    const file = join(tempDir(), "image.png");
    writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    const run = runCli([file, "--format", "ndjson"]);
    expect(run.status).toBe(2);
    expect(documentRecord.parse(JSON.parse(run.stdout)).error?.code).toBe("BINARY");
  });

  it.each([
    [["--format", "xml", ARTICLES]],
    [["--lang", "fr", ARTICLES]],
    [["--reference-date", "2022-02-30", ARTICLES]],
    [["--bogus", ARTICLES]],
  ])("usage error %j exits 1 with a message and no stack trace", (args) => {
    const run = runCli(args);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it("--version prints the package version", () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
    expect(runCli(["--version"]).stdout).toBe(`${version}\n`);
    expect(runCli(["-V"]).stdout).toBe(`${version}\n`);
  });

  it("--help shows examples", () => {
    const run = runCli(["extract", "--help"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("Examples:");
  });
});

describe("claimx schema", () => {
  it("prints the JSON Schema generated from the one zod schema", () => {
    const schema = JSON.parse(runCli(["schema"]).stdout);
    expect(schema.properties.schemaVersion).toBeDefined();
    expect(schema.properties.documents.items.required).toContain("claims");
  });
});
