import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";
import { runCli } from "../run-cli.js";

// The bundle carries franc's models for the packs' four languages and reads the others from
// JSON beside it the first time a stretch may be in none of them (`scripts/bundle.js`).
describe("franc's models in the bundle", () => {
  it.each([
    ["fr", "Le gouvernement a annoncé mardi une série de mesures destinées à soutenir les entreprises touchées par la hausse des prix de l'énergie. Selon le ministre de l'Économie, ces aides seront versées dès le mois prochain et concerneront plusieurs milliers de sociétés dans tout le pays."],
    ["af", "Die regering het Dinsdag 'n reeks maatreëls aangekondig om sakeondernemings te ondersteun wat deur die styging in energiepryse geraak word. Volgens die minister van finansies sal die hulp reeds volgende maand uitbetaal word en etlike duisende maatskappye regoor die land insluit."],
  ])("give the bundled CLI the library's language for a paragraph in %s", (_language, text) => {
    const run = runCli(["-", "--format", "ndjson"], { input: text });
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).language).toEqual(extract(text).language);
  });
});
