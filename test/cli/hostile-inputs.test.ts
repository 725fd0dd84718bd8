/**
 * A folder of everything scraped archives throw at claimx. Whatever is in it, the run finishes,
 * each bad input gets a clear error record, and every good file's record is exactly what it
 * gives alone. Generated here, not committed as binaries.
 */
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { documentRecord, type DocumentRecord } from "../../src/index.js";
import { runCli } from "../run-cli.js";
import { tempDir } from "../temp-dir.js";

const GERMAN = "„Die Zusammenarbeit endet“, sagte der Vorstand am Montag – die Kosten: 5 € pro Stück.";
const DUTCH = "De samenwerking is beëindigd, zei de directie op maandag – „een pijnlijk moment”.";
const NORMAL = "Xiaomi and Leica announced a partnership on Monday. The first phone follows in July.";
const TEN_MB = 10 * 1024 * 1024;

function cp1252(text: string): Buffer {
  const special: Record<string, number> = { "„": 0x84, "“": 0x93, "”": 0x94, "–": 0x96, "€": 0x80 };
  return Buffer.from([...text].map((char) => special[char] ?? char.charCodeAt(0)));
}

function utf16(text: string, endian: "le" | "be"): Buffer {
  const body = Buffer.from(text, "utf16le");
  if (endian === "be") body.swap16();
  return Buffer.concat([Buffer.from(endian === "le" ? [0xff, 0xfe] : [0xfe, 0xff]), body]);
}

const FILES: Record<string, string | Buffer> = {
  "empty.txt": "",
  "blank.txt": "  \n\t \r\n",
  "image.png": Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]),
  "nul.txt": Buffer.from("Leica\u0000Xiaomi"),
  "invalid-utf8.txt": Buffer.from([0x4c, 0x65, 0x69, 0x63, 0x61, 0x20, 0xff, 0xfe, 0x20, 0x41]),
  "de-cp1252.txt": cp1252(GERMAN),
  "nl-cp1252.txt": cp1252(DUTCH),
  "utf16le.txt": utf16(GERMAN, "le"),
  "utf16be.txt": utf16(DUTCH, "be"),
  "utf8-bom.txt": Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(NORMAL)]),
  "crlf.txt": NORMAL.replace(". ", ".\r\n\r\n"),
  "long-line.txt": `${NORMAL} `.repeat(Math.ceil(TEN_MB / (NORMAL.length + 1))),
  "too-large.txt": "x".repeat(TEN_MB + 1024 * 1024 + 1),
  "with space.txt": NORMAL,
  "ünïcødé-日本語.txt": NORMAL,
  "new\nline.txt": NORMAL,
  "escape\u001b[2J.txt": NORMAL,
};

const MAX_BYTES = String(TEN_MB + 1024 * 1024);
let folder: string;
let records: Map<string, DocumentRecord>;
let run: ReturnType<typeof runCli>;
const isRoot = process.getuid?.() === 0;

beforeAll(() => {
  folder = tempDir("claimx-battery-");
  for (const [name, content] of Object.entries(FILES)) writeFileSync(join(folder, name), content);
  mkdirSync(join(folder, "sub"));
  symlinkSync("..", join(folder, "sub", "up")); // a folder loop through a symlink
  symlinkSync("self-loop", join(folder, "self-loop")); // a link to itself
  mkdirSync(join(folder, "locked"));
  writeFileSync(join(folder, "locked", "secret.txt"), NORMAL);
  chmodSync(join(folder, "locked"), 0o000);
  run = runCli([folder, join(folder, "does-not-exist.txt"), "--format", "ndjson", "--max-bytes", MAX_BYTES]);
  chmodSync(join(folder, "locked"), 0o755);
  const lines = run.stdout.trimEnd().split("\n");
  records = new Map(lines.map((line) => documentRecord.parse(JSON.parse(line))).map((r) => [r.source.slice(folder.length + 1), r]));
}, 180_000);

describe("a folder of hostile inputs", () => {
  it("finishes with exit code 2 because some inputs failed", () => {
    expect(run.status).toBe(2);
  });

  it.each([
    ["image.png", "BINARY"],
    ["nul.txt", "BINARY"],
    ["too-large.txt", "TOO_LARGE"],
    ["does-not-exist.txt", "NOT_FOUND"],
    ["self-loop", "UNREADABLE"],
  ])("%s is an error record %s whose message names the file", (name, code) => {
    const record = records.get(name);
    expect(record?.error?.code).toBe(code);
    expect(record?.error?.message).toContain(name);
    expect(run.stderr).toContain(name);
  });

  it.skipIf(isRoot)("a folder without read permission is UNREADABLE", () => {
    expect(records.get("locked")?.error?.code).toBe("UNREADABLE");
  });

  it("empty and blank files are read, with an EMPTY warning", () => {
    for (const name of ["empty.txt", "blank.txt"]) {
      expect(records.get(name)?.error).toBeNull();
      expect(records.get(name)?.warnings.map((w) => w.code)).toEqual(["EMPTY"]);
    }
  });

  it("decodes each encoding and says which it used", () => {
    const decoded = (name: string) => [records.get(name)?.encoding, records.get(name)?.language.code];
    expect(decoded("de-cp1252.txt")).toEqual(["windows-1252", "de"]);
    expect(decoded("nl-cp1252.txt")).toEqual(["windows-1252", "nl"]);
    expect(decoded("utf16le.txt")).toEqual(["utf-16le", "de"]);
    expect(decoded("utf16be.txt")).toEqual(["utf-16be", "nl"]);
    expect(decoded("utf8-bom.txt")).toEqual(["utf-8-bom", "en"]);
    expect(records.get("invalid-utf8.txt")?.warnings.map((w) => w.code)).toEqual(["NOT_UTF8"]);
  });

  it("walks a symlinked folder loop once and never follows it around", () => {
    expect([...records.keys()].filter((name) => name.includes("sub/up"))).toEqual([]);
  });

  it("keeps odd file names intact in JSON", () => {
    for (const name of ["with space.txt", "ünïcødé-日本語.txt", "new\nline.txt", "escape\u001b[2J.txt"]) {
      expect(records.get(name)?.error).toBeNull();
    }
  });

  it("gives every good file the same record as when it is run alone", () => {
    for (const [name, record] of records) {
      if (record.error || name === "long-line.txt") continue;
      const alone = runCli([join(folder, name), "--format", "ndjson"]);
      expect(documentRecord.parse(JSON.parse(alone.stdout)), name).toEqual(record);
    }
  });

  it("processes a 10 MB single line with valid offsets", () => {
    const record = records.get("long-line.txt")!;
    expect(record.error).toBeNull();
    expect(record.language.code).toBe("en");
    for (const segment of record.language.segments) expect(segment.end).toBeLessThanOrEqual(TEN_MB + NORMAL.length + 1);
  });

  it("never lets a control character from a file name reach the terminal in the table", () => {
    const table = runCli([join(folder, "escape\u001b[2J.txt"), join(folder, "new\nline.txt"), "--format", "table"]);
    expect(table.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    const missing = runCli([join(folder, "gone\u001b]8;;x\u0007.txt")]);
    expect(missing.stderr).not.toMatch(/[\u001b\u0007]/);
  });
});
