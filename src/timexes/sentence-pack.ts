/**
 * Which pack reads a sentence. The language stage labels stretches, but a quoted tweet or a
 * press release inside an article can be a single sentence; the function words of the
 * sentence itself decide when they clearly point to another language.
 */
import type { LanguagePack } from "../packs/pack.js";
import { PACKS, packOrDefault } from "../packs/registry.js";
import type { Token } from "./tokens.js";

/** How many more function words another language needs before it overrides the label. */
const MARGIN = 2;
/** A stretch with this many function words of its labelled language is taken to be in it. */
const CONFIRMED = 3;

export function packForSentence(tokens: readonly Token[], declared: string): LanguagePack {
  const labelled = packOrDefault(declared);
  let best = labelled;
  // The labelled language is confirmed by its first few function words: no need to count on.
  let bestHits = functionWordHits(labelled, tokens, CONFIRMED);
  const labelledHits = bestHits;
  if (labelledHits >= CONFIRMED) return labelled;
  for (const pack of PACKS) {
    if (pack === labelled) continue;
    const hits = functionWordHits(pack, tokens, CONFIRMED + MARGIN);
    if (hits > bestHits && hits >= labelledHits + MARGIN) {
      best = pack;
      bestHits = hits;
    }
  }
  return best;
}

/** Function words of the pack among the tokens, counted up to `enough`. */
function functionWordHits(pack: LanguagePack, tokens: readonly Token[], enough: number): number {
  let hits = 0;
  for (const token of tokens) {
    if (token.kind === "word" && pack.functionWords.has(token.lower) && ++hits >= enough) break;
  }
  return hits;
}
