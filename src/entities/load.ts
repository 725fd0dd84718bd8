/**
 * Finds and loads the shipped entity models, once per language and only when first asked:
 * extraction that never reaches the entity stage never reads them.
 */
import { existsSync, readFileSync } from "node:fs";
import type { LanguageCode } from "../schema/record.js";
import { Gazetteer } from "./gazetteer.js";
import { FrequencyBands } from "./frequency-bands.js";
import { parseModel } from "./model.js";
import { NameShares } from "./name-shares.js";
import { Tagger } from "./tagger.js";
import { CacheBudget } from "./cache-budget.js";

/** `models/` at the package root, from `src/entities/` and from `dist/entities/` alike. */
export const MODELS_DIR = new URL("../../models/", import.meta.url);

export function modelFile(language: LanguageCode): URL {
  return new URL(`ner-${language}.bin`, MODELS_DIR);
}

/** The name shares of a language's training text (`NameShares`), for the languages trained with them. */
export function nameSharesFile(language: LanguageCode): URL {
  return new URL(`name-shares-${language}.txt`, MODELS_DIR);
}

/** The name lists (`Gazetteer`). */
export const GAZETTEER_FILE = new URL("gazetteer.txt", MODELS_DIR);
/** Country names in the four languages, in lower case → English name. */
export const COUNTRIES_FILE = new URL("countries.json", MODELS_DIR);
/** Smaller places, each with the country groups that have a place of that name (`Gazetteer.placeTypes`). */
export const PLACES_FILE = new URL("places.txt", MODELS_DIR);
/** Each word's frequency band per language (`FrequencyBands`). */
export const FREQUENCY_BANDS_FILE = new URL("frequency-bands.txt", MODELS_DIR);

let gazetteer: { lists: Gazetteer; countries: ReadonlyMap<string, string> } | null = null;
const taggers = new Map<LanguageCode, Tagger>();
/** The word types the taggers of this thread cache, all languages together. */
const budget = new CacheBudget();

export function loadGazetteer(): { lists: Gazetteer; countries: ReadonlyMap<string, string> } {
  if (!gazetteer) {
    const bands = FrequencyBands.parse(readFileSync(FREQUENCY_BANDS_FILE));
    const countries = JSON.parse(readFileSync(COUNTRIES_FILE, "utf8")) as Record<string, string>;
    gazetteer = { lists: Gazetteer.parse(readFileSync(GAZETTEER_FILE), bands, readFileSync(PLACES_FILE)), countries: new Map(Object.entries(countries)) };
  }
  return gazetteer;
}

export function taggerFor(language: LanguageCode): Tagger {
  let tagger = taggers.get(language);
  if (!tagger) {
    const shares = existsSync(nameSharesFile(language)) ? NameShares.parse(readFileSync(nameSharesFile(language))) : undefined;
    tagger = new Tagger(parseModel(readFileSync(modelFile(language))), loadGazetteer().lists, budget, shares);
    taggers.set(language, tagger);
  }
  return tagger;
}
