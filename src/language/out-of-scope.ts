/**
 * Text in none of the packs' languages. Restricted to the four, franc calls a French or
 * Swedish article English or Dutch; over all its Latin-script languages, franc still finds the
 * best of the four close to its winner when the text is in one of them or in a close relative
 * (Afrikaans, Scots, Malay, Javanese), and far from it otherwise. Checked once per segment on a
 * sample, and only where few of the words are the pack's function words, so that text in the
 * packs' languages rarely pays for it at all.
 */
import { data } from "franc/data.js";
import { PACKS } from "../packs/registry.js";
import { scan } from "./scan.js";
import { MISSING_TRIGRAM, TrigramModels, TrigramTally } from "./trigram-distance.js";

/**
 * Share of a segment's words that are function words of its pack, from which on the text is
 * taken to be in that language without asking franc. On 200–1,200 characters of the
 * development data the four languages reach 0.12 or more (the median is about 0.55); news
 * paragraphs in the other languages named below reach 0.12 at most.
 */
const MIN_FUNCTION_WORD_SHARE = 0.3;
/** Below this many characters franc's verdict over all languages is too noisy to overrule the packs. */
const MIN_OUT_OF_SCOPE_CHARACTERS = 200;
/** How much of a segment is read. */
const SAMPLE_CHARACTERS = 400;
/**
 * How far behind franc's winner the best of the four may be, in missing-trigram penalties per
 * character of the sample, before the text counts as another language. On 200–1,200 characters
 * of the development data the four stay within 0.03 (Malay 0.04, Afrikaans 0.07), while news
 * paragraphs in French, Spanish, Italian, Portuguese, Swedish, Danish, Polish, Turkish, Tagalog
 * and Vietnamese fall 0.08 or more behind.
 */
const MAX_PACK_GAP = 0.05;

let latin: { tally: TrigramTally; packs: number[] } | undefined;

/** franc's Latin-script models, loaded the first time a long segment is checked. */
function latinModels(): { tally: TrigramTally; packs: number[] } {
  if (!latin) {
    const codes = Object.keys(data.Latin ?? {});
    latin = { tally: new TrigramTally(new TrigramModels(codes)), packs: PACKS.map((pack) => codes.indexOf(pack.francCode)) };
  }
  return latin;
}

/** Whether `text`, judged to be in a pack's language with `functionWordShare` of its words that pack's function words, is in none of them. */
export function isOutOfScope(text: string, functionWordShare: number): boolean {
  if (functionWordShare >= MIN_FUNCTION_WORD_SHARE || text.length < MIN_OUT_OF_SCOPE_CHARACTERS) return false;
  const sample = text.slice(0, SAMPLE_CHARACTERS);
  const { tally, packs } = latinModels();
  const { distances } = scan(sample, tally);
  const closest = Math.min(...distances);
  const closestPack = Math.min(...packs.map((language) => distances[language]!));
  return (closestPack - closest) / (MISSING_TRIGRAM * sample.length) > MAX_PACK_GAP;
}
