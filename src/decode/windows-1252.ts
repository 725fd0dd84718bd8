/**
 * windows-1252 differs from ISO-8859-1 only in 0x80–0x9F, where it has the curly quotes,
 * dashes, € and ellipsis that old German and Dutch news archives are full of. Node's
 * TextDecoder treats the label as ISO-8859-1 and returns C1 control characters there, so the
 * 32 code points are mapped here (unassigned bytes keep their ISO-8859-1 value, as browsers do).
 */
const HIGH = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];

export function decodeWindows1252(bytes: Uint8Array): string {
  let text = "";
  const chunk = 8192;
  for (let offset = 0; offset < bytes.length; offset += chunk) {
    const codes = Array.from(bytes.subarray(offset, offset + chunk), (byte) => (byte >= 0x80 && byte < 0xa0 ? HIGH[byte - 0x80]! : byte));
    text += String.fromCharCode(...codes);
  }
  return text;
}
