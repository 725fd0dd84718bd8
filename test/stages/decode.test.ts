import { describe, expect, it } from "vitest";
import { decode } from "../../src/index.js";

const GERMAN = "Größere Maßnahmen für Bürger";

describe("decode", () => {
  it("reads UTF-8 with and without a byte-order mark", () => {
    expect(decode(Buffer.from(GERMAN))).toEqual({ ok: true, text: GERMAN, encoding: "utf-8", warnings: [] });
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(GERMAN)]);
    expect(decode(bom)).toMatchObject({ ok: true, text: GERMAN, encoding: "utf-8-bom" });
  });

  it("reads UTF-16 LE and BE with a byte-order mark", () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(GERMAN, "utf16le")]);
    const be = Buffer.from(le);
    be.swap16();
    expect(decode(le)).toMatchObject({ ok: true, text: GERMAN, encoding: "utf-16le" });
    expect(decode(be)).toMatchObject({ ok: true, text: GERMAN, encoding: "utf-16be" });
  });

  it("falls back to windows-1252 with a warning for bytes that are not UTF-8", () => {
    // 0x96 is the en dash and 0x80 the euro sign in windows-1252.
    const result = decode(Buffer.from([...Buffer.from(GERMAN, "latin1"), 0x20, 0x96, 0x20, 0x80, 0x35]), "old.txt");
    expect(result).toMatchObject({ ok: true, text: `${GERMAN} – €5`, encoding: "windows-1252" });
    expect(result.ok && result.warnings[0]?.message).toBe("old.txt: not valid UTF-8, decoded as windows-1252");
  });

  it("calls bytes with NUL in them binary", () => {
    expect(decode(Buffer.from([0x41, 0x00, 0x42]), "a.bin")).toEqual({
      ok: false,
      error: { code: "BINARY", message: "a.bin: contains NUL bytes, not a text file" },
    });
  });
});
