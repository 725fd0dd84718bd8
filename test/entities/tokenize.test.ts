import { describe, expect, it } from "vitest";
import { tokenize } from "../../src/entities/tokenize.js";

const words = (text: string, abbreviations?: ReadonlySet<string>): string[] =>
  tokenize(text, 0, text.length, abbreviations).map((token) => token.text);

describe("tokenize", () => {
  it("splits punctuation and the possessive but keeps abbreviations, tickers and numbers whole", () => {
    expect(words("Xiaomi’s deal with the U.S. (1810.HK) is worth 3,5 billion.")).toEqual([
      "Xiaomi", "’s", "deal", "with", "the", "U.S.", "(", "1810.HK", ")", "is", "worth", "3,5", "billion", ".",
    ]);
  });

  it("splits hyphen compounds so the name inside can be tagged alone", () => {
    expect(words("US-Sanktionen gegen die Huawei P30-serie, Amazon- oder")).toEqual([
      "US", "-", "Sanktionen", "gegen", "die", "Huawei", "P30", "-", "serie", ",", "Amazon", "-", "oder",
    ]);
  });

  it("keeps handles, URLs and domains as single tokens", () => {
    expect(words("— Xiaomi (@Xiaomi) pic.twitter.com/GyFut9ZTlg dkamera.de https://t.co/x1")).toEqual([
      "—", "Xiaomi", "(", "@Xiaomi", ")", "pic.twitter.com/GyFut9ZTlg", "dkamera.de", "https://t.co/x1",
    ]);
  });

  it("gives a period to the language's abbreviations only", () => {
    expect(words("Dr. Müller kam. Ende.", new Set(["dr"]))).toEqual(["Dr.", "Müller", "kam", ".", "Ende", "."]);
  });

  it("reports offsets into the whole text for a region of it", () => {
    const text = "Intro. Leica Camera AG zit in Wetzlar.";
    const tokens = tokenize(text, 7, text.length);
    expect(tokens[0]).toEqual({ text: "Leica", start: 7, end: 12 });
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
  });
});
