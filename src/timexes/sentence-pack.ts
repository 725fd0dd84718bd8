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
  let bestHits = functionWordHits(labelled, tokens);
  const labelledHits = bestHits;
  if (labelledHits >= CONFIRMED) return labelled;
  for (const pack of PACKS) {
    if (pack === labelled) continue;
    const hits = functionWordHits(pack, tokens);
    if (hits > bestHits && hits >= labelledHits + MARGIN) {
      best = pack;
      bestHits = hits;
    }
  }
  return best;
}

function functionWordHits(pack: LanguagePack, tokens: readonly Token[]): number {
  let hits = 0;
  for (const token of tokens) {
    if (token.kind === "word" && pack.functionWords.has(token.lower)) hits++;
    if (hits >= CONFIRMED + MARGIN) break;
  }
  return hits;
}
