/**
 * Dated claims: each statement of the article body that a calendar date anchors, with who acts
 * (subject), who is named, who says so and how sure it is. Boilerplate never yields a claim.
 */
import type { Claim, Entity } from "../schema/record.js";
import type { Analysis } from "../pipeline/analysis.js";
import { packOrDefault } from "../packs/registry.js";
import { anchorsOf } from "./anchors.js";
import { attributionsOf } from "./attribution.js";
import { modalityOf } from "./modality.js";
import { withinSentences } from "./within-sentences.js";

export function assembleClaims(analysis: Analysis): Claim[] {
  const { text, sentences, timexes, entities, referenceDate } = analysis;
  if (!timexes.length) return [];
  const namedIn = withinSentences(sentences, entities);
  const datedIn = withinSentences(sentences, timexes);
  const attributions = attributionsOf(text, sentences, namedIn);
  const claims: Claim[] = [];
  sentences.forEach((sentence, index) => {
    if (sentence.boilerplate) return;
    const pack = packOrDefault(sentence.language);
    const sentenceText = text.slice(sentence.start, sentence.end);
    const named = namedIn[index]!;
    const attribution = attributions[index] ?? null;
    for (const anchor of anchorsOf(text, sentence, datedIn[index]!, pack, referenceDate)) {
      claims.push({
        start: sentence.start,
        end: sentence.end,
        text: sentenceText,
        date: anchor.value,
        timex: { start: anchor.start, end: anchor.end },
        subject: subjectOf(named, attribution),
        entities: [...new Set(named.map((e) => e.canonical))],
        attribution,
        modality: modalityOf(sentenceText, pack.claims, anchor.value, referenceDate.value, attribution !== null),
      });
    }
  });
  return claims;
}

/** The first person or organisation named, other than the one quoted when there is another. */
function subjectOf(named: readonly Entity[], attribution: string | null): string | null {
  const actors = named.filter((e) => e.type === "ORG" || e.type === "PER");
  const actor = actors.find((e) => e.canonical !== attribution) ?? actors[0];
  return actor?.canonical ?? null;
}
