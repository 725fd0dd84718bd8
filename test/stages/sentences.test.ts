import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { splitSentences } from "../../src/sentences/split.js";
import type { Language, LanguageCode } from "../../src/index.js";

function sentencesOf(text: string, code: LanguageCode) {
  const language: Language = { code, confidence: 1, segments: [{ start: 0, end: text.length, code }] };
  return splitSentences(text, language).map((s) => ({ ...s, text: text.slice(s.start, s.end) }));
}

describe("sentences", () => {
  it.each<[LanguageCode, string, string[]]>([
    ["en", "The company ranked no. 3 globally. It grew.", ["The company ranked no. 3 globally.", "It grew."]],
    ["de", "Es gibt z.B. Kameras. Und Objektive.", ["Es gibt z.B. Kameras.", "Und Objektive."]],
    ["nl", "Merken als bijv. Leica doen mee. Ook Zeiss.", ["Merken als bijv. Leica doen mee.", "Ook Zeiss."]],
    ["id", "Ponsel, kamera, dll. dijual di sini. Harga naik.", ["Ponsel, kamera, dll. dijual di sini.", "Harga naik."]],
    ["id", "PT Telkom Indonesia Tbk. melaporkan laba. Saham naik.", ["PT Telkom Indonesia Tbk. melaporkan laba.", "Saham naik."]],
    ["en", "Dr. J. Smith arrived. He left.", ["Dr. J. Smith arrived.", "He left."]],
  ])("%s: %j", (code, text, expected) => {
    expect(sentencesOf(text, code).map((s) => s.text)).toEqual(expected);
  });

  it("cuts a long line only where a short one would be cut", () => {
    // Over 2,000 characters, a sentence end at offset 1,000 and `U.N. soldiers` after it: cutting
    // long lines into stretches at the first `. ` after 1,000 characters, as the splitter once did
    // for Intl.Segmenter, broke this sentence after `U.N.`.
    const sentence = "The talks went on for days. ";
    const before = sentence.repeat(Math.ceil(1000 / sentence.length)).slice(-1000);
    const long = `Arab League forces replaced U.N. soldiers ${"near the border ".repeat(75)}in the end.`;
    const texts = sentencesOf(`${before}${long} It grew.`, "en").map((s) => s.text);
    expect(texts.slice(-2)).toEqual([long, "It grew."]);
  });

  it("keeps offsets into the original text and marks headlines", () => {
    const text = "Leica und Xiaomi\n\n  Die Firmen arbeiten zusammen.  \n";
    const sentences = sentencesOf(text, "de");
    expect(sentences.map((s) => [s.text, s.headline])).toEqual([
      ["Leica und Xiaomi", true],
      ["Die Firmen arbeiten zusammen.", false],
    ]);
  });

  it("marks the comment form of the German seed as boilerplate, and the article body not", () => {
    const text = readFileSync("fixtures/articles/de-leica-xiaomi-partnerschaft.txt", "utf8");
    const sentences = sentencesOf(text, "de");
    const boilerplate = sentences.filter((s) => s.boilerplate).map((s) => s.text);
    expect(boilerplate).toContain("• Keine HTML-Tags erlaubt");
    expect(boilerplate).toContain("• Bitte füllen Sie das CAPTCHA aus, dieses dient als Spam-Schutz.");
    expect(boilerplate).toContain("captcha");
    expect(sentences.filter((s) => !s.boilerplate && s.text.includes("Juli 2022"))).toHaveLength(1);
  });

  it("marks navigation and everything after a comments heading as boilerplate", () => {
    const text = "Leica ends its work with Huawei.\nPrevious Introducing the vivo Y75\nNext Introducing the Oppo Reno8\nNo Comment\nGreat phone, I bought two in July 2022.";
    const flags = sentencesOf(text, "en").map((s) => s.boilerplate);
    expect(flags).toEqual([false, true, true, true, true]);
  });
});
