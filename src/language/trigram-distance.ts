/**
 * franc's trigram distance, restricted to the packs' languages. franc itself spends most of
 * its time deciding the script (a regular expression per script over the whole text) and
 * rebuilding sorted tuples; all four packs are Latin-script, so this computes the same
 * distance straight from franc's own trigram tables, several times faster, which matters
 * because every stretch of every document is scored.
 */
import { data } from "franc/data.js";
import { PACKS } from "../packs/registry.js";

/** What franc adds for a trigram that is not among a language's 300 most frequent. */
export const MISSING_TRIGRAM = 300;

/** Rank of each trigram in each pack's franc model, in `PACKS` order. */
const MODELS: readonly ReadonlyMap<string, number>[] = PACKS.map((pack) => {
  const model = data.Latin?.[pack.francCode];
  if (!model) throw new Error(`franc has no Latin-script model for ${pack.francCode}`);
  return new Map(model.split("|").map((trigram, rank) => [trigram, rank]));
});

/** franc's cleaning: ASCII punctuation and digits become spaces, runs of white space one space. */
function clean(text: string): string {
  return text
    .replace(/[\u0021-\u0040]+/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

/** Trigram counts of the text padded with a space on each side, as franc counts them. */
function countTrigrams(text: string): Map<string, number> {
  const padded = ` ${clean(text)} `;
  const counts = new Map<string, number>();
  for (let i = 0; i + 3 <= padded.length; i++) {
    const trigram = padded.slice(i, i + 3);
    counts.set(trigram, (counts.get(trigram) ?? 0) + 1);
  }
  return counts;
}

/** franc's distance from the text to each pack's model, in `PACKS` order; lower is closer. */
export function trigramDistances(text: string): { distances: number[] } {
  const counts = countTrigrams(text);
  const distances = MODELS.map(() => 0);
  for (const [trigram, count] of counts) {
    for (let language = 0; language < MODELS.length; language++) {
      const rank = MODELS[language]!.get(trigram);
      distances[language]! += rank === undefined ? MISSING_TRIGRAM : Math.abs(count - rank - 1);
    }
  }
  return { distances };
}
