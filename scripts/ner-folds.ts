/**
 * Held-out scores per epoch, to choose features and settings: `npx tsx scripts/ner-folds.ts de 3,4,5 8 26`
 * trains the recipe of `train-ner.ts` on everything but one fifth of each held-out corpus (here
 * the 3rd, 4th and 5th fifth in turn) and prints each held-out corpus's F1 after each epoch
 * from the 8th to the 26th; for a language with dev splits (Indonesian) the "folds" are
 * shuffle seeds instead. Writes no model. DROPOUT and MIN_COUNT override the recipe's; SEED sets
 * the shuffle seed of held-out folds (default 1), since one seed's noise can be as large as a
 * change's gain.
 */
import type { LanguageCode } from "../src/schema/record.js";
import { Gazetteer } from "../src/entities/gazetteer.js";
import { FrequencyBands } from "../src/entities/frequency-bands.js";
import { parseModel, serializeModel } from "../src/entities/model.js";
import { Tagger } from "../src/entities/tagger.js";
import { scoreTagger } from "../src/entities/evaluate.js";
import { MIN_FEATURE_COUNT, RECIPES, buildGazetteer, sharesFor, shippedWeights, splitForTraining, trainRecipe } from "./train-ner.js";

const [language, foldsArg = "5", minArg = "1", maxArg] = process.argv.slice(2) as [LanguageCode, string?, string?, string?];
const recipe = RECIPES[language];
const folds = foldsArg.split(",").map(Number);
const minEpoch = Number(minArg);
const maxEpoch = Number(maxArg ?? recipe.epochs);
const minCount = Number(process.env.MIN_COUNT ?? recipe.minCount ?? MIN_FEATURE_COUNT);
const dropout = Number(process.env.DROPOUT ?? recipe.dropout ?? 0);
const seed = Number(process.env.SEED ?? 1);
const { lists, frequentWords, places } = buildGazetteer();
const gazetteer = Gazetteer.fromLists(lists, FrequencyBands.fromLists(frequentWords), places);
const card = { language, trainedOn: [], labels: [] };
const pct = (x: number): string => (100 * x).toFixed(2);
const byEpoch = new Map<number, number[]>();
for (const fold of folds) {
  const { sentences, devs } = splitForTraining(recipe, fold);
  const shares = sharesFor(recipe, sentences);
  trainRecipe(recipe, sentences, gazetteer, {
    shares,
    minCount,
    dropout,
    seed: recipe.holdOut ? seed : fold,
    language,
    epochs: maxEpoch,
    firstScored: minEpoch,
    afterEpoch: (epoch, weights) => {
      const tagger = new Tagger(parseModel(serializeModel(card, shippedWeights(recipe, weights))), gazetteer, undefined, shares?.all);
      const scores = devs.map(([file, dev]) => [file.split("/")[0] as string, scoreTagger(dev, (words) => tagger.tag(words)).f1] as const);
      const mean = scores.reduce((sum, [, f1]) => sum + f1, 0) / scores.length;
      byEpoch.set(epoch, [...(byEpoch.get(epoch) ?? []), mean]);
      console.log(`fold ${fold} epoch ${epoch}: ${scores.map(([name, f1]) => `${name} ${pct(f1)}`).join("  ")}  mean ${pct(mean)}`);
    },
  });
}
const average = (xs: number[]): number => xs.reduce((sum, x) => sum + x, 0) / xs.length;
console.log(`mean over folds by epoch: ${[...byEpoch].map(([epoch, means]) => `${epoch}: ${pct(average(means))}`).join(", ")}`);
