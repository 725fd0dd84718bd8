/**
 * The words that `mayHoldTimex` looks for: the longest word of each phrase that can make a timex
 * on its own or carries the word that does (a month, a weekday, a unit, a named day, `now`…),
 * in any pack, and the centuries that open a year in words. The list is computed from every
 * pack's lexicon; the CLI bundle carries it as `npm run build` computed it
 * (`scripts/bundle.js`), since building all four lexicons to read it cost 20–30 ms of a run
 * whose article needs one of them.
 */
import { PACKS } from "../packs/registry.js";
import { lexiconFor, type SenseKind } from "./lexicon.js";
import { tokenize } from "./tokens.js";

/** Kinds of phrase that can make a timex on their own or carry the word that does. */
const STANDALONE = new Set<SenseKind>(["month", "weekday", "unit", "singleUnit", "day", "reference", "season", "set", "holiday", "quarterAnaphor", "islamicMonth", "partOfDay"]);

/** Number words that open a year written in words. */
const SPOKEN_CENTURIES = new Set([18, 19, 2000]);

/** The key words, in lower case, sorted. */
export function timexKeyWords(): string[] {
  const words = new Set<string>();
  for (const pack of PACKS) {
    for (const [phrase, kind] of lexiconFor(pack).phrases) {
      if (!STANDALONE.has(kind)) continue;
      const tokens = tokenize(phrase).filter((token) => token.kind !== "punct");
      let key = tokens[0]?.lower ?? "";
      for (const token of tokens) if (token.lower.length >= key.length) key = token.lower;
      if (key) words.add(key);
    }
    // A year in words (`nineteen ninety-six`, `two thousand`) opens with its century.
    for (const [phrase, value] of Object.entries(lexiconFor(pack).vocabulary.numbers)) {
      if (SPOKEN_CENTURIES.has(value)) words.add(phrase.split(" ").at(-1)!);
    }
  }
  return [...words].sort();
}
