/**
 * Bytes to text. Byte-order marks decide first; bytes that are not valid UTF-8 are read as
 * windows-1252, the encoding of many German and Dutch news archives; NUL bytes outside UTF-16
 * mean the file is not text.
 */
import { decodeWindows1252 } from "./windows-1252.js";
import type { DocumentError, DocumentRecord, Problem } from "../schema/record.js";

export type Encoding = NonNullable<DocumentRecord["encoding"]>;

export type Decoded =
  | { ok: true; text: string; encoding: Encoding; warnings: Problem[] }
  | { ok: false; error: DocumentError };

const BOMS: { bytes: number[]; encoding: Encoding; label: string }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: "utf-8-bom", label: "utf-8" },
  { bytes: [0xff, 0xfe], encoding: "utf-16le", label: "utf-16le" },
  { bytes: [0xfe, 0xff], encoding: "utf-16be", label: "utf-16be" },
];

export function decode(bytes: Uint8Array, name = "input"): Decoded {
  for (const bom of BOMS) {
    if (bom.bytes.every((byte, i) => bytes[i] === byte)) {
      const text = new TextDecoder(bom.label).decode(bytes.subarray(bom.bytes.length));
      return { ok: true, text, encoding: bom.encoding, warnings: [] };
    }
  }
  if (bytes.includes(0)) {
    return { ok: false, error: { code: "BINARY", message: `${name}: contains NUL bytes, not a text file` } };
  }
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return { ok: true, text, encoding: "utf-8", warnings: [] };
  } catch {
    const text = decodeWindows1252(bytes);
    const warning = {
      code: "NOT_UTF8",
      message: `${name}: not valid UTF-8, decoded as windows-1252`,
    };
    return { ok: true, text, encoding: "windows-1252", warnings: [warning] };
  }
}
