import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { GoldFileError, parseGold, readGoldFile } from "../../src/eval/read-gold.js";
import { fixture } from "./hand-made.js";
import { tempDir } from "../temp-dir.js";

describe("reading gold files", () => {
  it("reads annotated documents (TempEval-3 platinum) with their timexes and DCT", () => {
    const gold = readGoldFile(fixture("tempeval3-platinum.jsonl"));
    expect(gold.shape).toBe("document");
    expect(gold.items.map((i) => i.id)).toEqual(["CNN_20130322_248", "bbc_20130322_1600"]);
    const first = gold.items[0]!;
    expect(first.shape === "document" && first.gold.dct).toBe("2013-03-22");
    expect(first.shape === "document" && first.gold.timexes?.length).toBe(5);
  });

  it("reads documents with entities (MEANTIME) and NER sentences (IDNer)", () => {
    const meantime = readGoldFile(fixture("meantime-en.jsonl"));
    expect(meantime.items[0]!.shape === "document" && meantime.items[0]!.gold.entities?.length).toBe(10);
    const sentences = readGoldFile(fixture("idner-news-2k.jsonl"));
    expect(sentences.shape).toBe("sentence");
    expect(sentences.items).toHaveLength(4);
  });

  it("reads isolated time expressions, intervals included", () => {
    const gold = readGoldFile(fixture("ctparse.jsonl"));
    expect(gold.shape).toBe("expression");
    const interval = gold.items.find((i) => i.id === "ctparse-00066")!;
    expect(interval.shape === "expression" && [interval.gold.type, interval.gold.start_value, interval.gold.end_value]).toEqual([
      "INTERVAL",
      "2017-07-03",
      "2017-07-06",
    ]);
  });

  it("reads gzipped gold the same as plain gold", () => {
    const dir = tempDir("claimx-gold-");
    const gz = join(dir, "ctparse.jsonl.gz");
    writeFileSync(gz, gzipSync(readFileSync(fixture("ctparse.jsonl"))));
    expect(readGoldFile(gz).items).toEqual(readGoldFile(fixture("ctparse.jsonl")).items);
  });

  it("names an id for documents that have none, by line", () => {
    const gold = parseGold("langid.jsonl", '{"lang":"nl","text":"Dit is Nederlands."}\n\n{"lang":"de","text":"Das ist Deutsch."}\n');
    expect(gold.items.map((i) => i.id)).toEqual(["line-1", "line-3"]);
  });
});

describe("bad gold files", () => {
  const problem = (content: string) => {
    try {
      parseGold("bad.jsonl", content);
    } catch (error) {
      expect(error).toBeInstanceOf(GoldFileError);
      return (error as Error).message;
    }
    throw new Error("no error");
  };

  it("names the file and line of a line that is not JSON", () => {
    expect(problem('{"lang":"en","text":"ok"}\n{"lang": "en", "text": \n')).toMatch(/^bad\.jsonl:2: not valid JSON/);
  });

  it("rejects a record that is none of the gold shapes", () => {
    expect(problem('{"sentence":"Hello"}')).toMatch(/^bad\.jsonl:1: not a gold record: expected a document/);
    expect(problem("[1, 2]")).toBe("bad.jsonl:1: not a JSON object");
    expect(problem('{"text":"no annotations"}')).toMatch(/^bad\.jsonl:1: a document without lang/);
  });

  it("rejects a field of the wrong type, naming the field", () => {
    expect(problem('{"text":"x","timexes":[{"start":0,"end":1,"text":"x","type":"DATE"}]}')).toMatch(
      /^bad\.jsonl:1: not a valid document: timexes\.0\.value:/,
    );
  });

  it("rejects offsets that do not cover the quoted text, or leave the text", () => {
    const text = "On 5 May 2022 it rained.";
    expect(problem(JSON.stringify({ text, timexes: [{ start: 3, end: 8, text: "5 May 2022", type: "DATE", value: "2022-05-05" }] }))).toBe(
      'bad.jsonl:1: timexes[0]: text "5 May 2022" but the offsets cover "5 May"',
    );
    expect(problem(JSON.stringify({ text, claims: [{ start: 0, end: 99, date: "2022-05-05" }] }))).toMatch(
      /^bad\.jsonl:1: claims\[0\]: offsets 0-99 are outside the text/,
    );
  });

  it("rejects a file that mixes shapes", () => {
    const sentence = '{"id":"s1","lang":"en","tokens":["Hi"],"tags":["O"],"text":"Hi","entities":[]}';
    expect(problem(`{"lang":"en","text":"Hi"}\n${sentence}`)).toBe("bad.jsonl:2: an NER sentence in a file of annotated documents");
  });

  it("rejects an empty file and a file that cannot be read", () => {
    expect(problem("\n\n")).toBe("bad.jsonl: no gold records (the file is empty)");
    expect(() => readGoldFile("/nonexistent/gold.jsonl")).toThrow("/nonexistent/gold.jsonl: cannot read the file (ENOENT)");
  });
});
