import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { identifyLanguage } from "../../src/language/identify.js";
import { language as languageSchema } from "../../src/schema/record.js";

interface Sample {
  lang: string;
  text: string;
}

const samples: Sample[] = readFileSync(new URL("../../fixtures/langid/tatoeba-sample.jsonl", import.meta.url), "utf8")
  .trim()
  .split("\n")
  .map((line) => JSON.parse(line) as Sample);

const sentencesIn = (lang: string) => samples.filter((s) => s.lang === lang).map((s) => s.text);

describe("identifyLanguage", () => {
  it("names the language of short conversational sentences in each of the four languages", () => {
    const wrong = samples.filter((s) => identifyLanguage(s.text, "auto").code !== s.lang);
    expect(wrong.length / samples.length).toBeLessThanOrEqual(0.01);
  });

  it("uses a forced language for the whole document without looking", () => {
    const text = "Dit is duidelijk een Nederlandse zin over het weer van vandaag.";
    expect(identifyLanguage(text, "de")).toEqual({ code: "de", confidence: 1, segments: [{ start: 0, end: text.length, code: "de" }] });
  });

  it("answers und for text in another script or without letters", () => {
    expect(identifyLanguage("Москва — столица России, крупнейший по численности населения город страны.", "auto").code).toBe("und");
    expect(identifyLanguage("12:30 — 14:45 | 2022", "auto").code).toBe("und");
    expect(identifyLanguage("", "auto").segments).toEqual([{ start: 0, end: 0, code: "und" }]);
  });

  it("answers und for an article in a language none of the packs covers, rather than the closest of the four", () => {
    const articles = [
      "Le gouvernement a annoncé mardi une série de mesures destinées à soutenir les entreprises touchées par la hausse des prix de l'énergie. Selon le ministre de l'Économie, ces aides seront versées dès le mois prochain et concerneront plusieurs milliers de sociétés dans tout le pays.",
      "El gobierno anunció el martes una serie de medidas destinadas a apoyar a las empresas afectadas por la subida de los precios de la energía. Según el ministro de Economía, estas ayudas se pagarán a partir del mes que viene y afectarán a varios miles de empresas en todo el país.",
      "Regeringen meddelade på tisdagen en rad åtgärder för att stödja företag som drabbats av de stigande energipriserna. Enligt finansministern kommer stödet att betalas ut redan nästa månad och omfatta flera tusen företag i hela landet.",
    ];
    for (const article of articles) expect(identifyLanguage(article, "auto").code).toBe("und");
  });

  it("gives a long passage in another script an und segment of its own", () => {
    const english = sentencesIn("en").slice(0, 3).join(" ");
    const chinese = "这是一个关于今天天气的中文句子。".repeat(20);
    const text = `${chinese}\n${english}`;
    const language = identifyLanguage(text, "auto");
    expect(language.code).toBe("und");
    expect(language.segments.map((s) => s.code)).toEqual(["und", "en"]);
  });

  it("keeps a short line in another language inside the segment around it", () => {
    const dutch = sentencesIn("nl").slice(0, 6).join(" ");
    const text = `${dutch}\n\nWelcome Home Edition\n\n${dutch}`;
    const language = identifyLanguage(text, "auto");
    expect(language.code).toBe("nl");
    expect(language.segments).toEqual([{ start: 0, end: text.length, code: "nl" }]);
  });

  it("gives each stretch of several sentences its own segment, and the document the language of most text", () => {
    const english = sentencesIn("en").slice(0, 4).join(" ");
    const indonesian = sentencesIn("id").slice(0, 12).join(" ");
    const text = `${indonesian}\n\n${english}\n\n${indonesian}`;
    const language = identifyLanguage(text, "auto");
    expect(language.code).toBe("id");
    expect(language.segments.map((s) => s.code)).toEqual(["id", "en", "id"]);
    expect(text.slice(language.segments[1]!.start, language.segments[1]!.end).trim()).toBe(english);
  });

  it("puts a short heading in the language of the passage it opens", () => {
    const dutch = sentencesIn("nl").slice(0, 6).join(" ");
    const english = sentencesIn("en").slice(0, 6).join(" ");
    const heading = "About the company";
    const text = `${dutch}\n${heading}\n${english}`;
    const language = identifyLanguage(text, "auto");
    expect(language.segments.map((s) => s.code)).toEqual(["nl", "en"]);
    expect(language.segments[1]!.start).toBe(text.indexOf(heading));
  });

  it("returns segments that tile the whole text in order, valid against the output schema", () => {
    const sentence = fc.constantFrom(...samples.map((s) => s.text));
    const separator = fc.constantFrom(" ", "\n", "\n\n", "\r\n");
    const document = fc.array(fc.tuple(sentence, separator), { minLength: 1, maxLength: 12 }).map((parts) => parts.flat().join(""));
    fc.assert(
      fc.property(document, (text) => {
        const language = identifyLanguage(text, "auto");
        languageSchema.parse(language);
        expect(language.segments[0]!.start).toBe(0);
        expect(language.segments.at(-1)!.end).toBe(text.length);
        language.segments.slice(1).forEach((segment, i) => {
          expect(segment.start).toBe(language.segments[i]!.end);
          expect(segment.code).not.toBe(language.segments[i]!.code);
        });
        expect(language.segments.some((s) => s.code === language.code)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
