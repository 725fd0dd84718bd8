/**
 * Dated claims: each statement of the article body that a calendar date anchors, with who acts
 * (subject), who is named, who says so and how sure it is. A statement of the body that reports
 * an event of a named actor but has no calendar date becomes an undated claim instead, which
 * grouping can attach to the dated event it reports. Boilerplate never yields either.
 */
import type { Claim, Entity, UndatedClaim } from "../schema/record.js";
import type { Analysis } from "../pipeline/analysis.js";
import { packOrDefault } from "../packs/registry.js";
import { anchorsOf, isStatement } from "./anchors.js";
import { attributionsOf } from "./attribution.js";
import { reportedEventsOf } from "./events.js";
import { modalityOf } from "./modality.js";
import { withinSentences } from "./within-sentences.js";

export interface Claims {
  claims: Claim[];
  undatedClaims: UndatedClaim[];
}

export function assembleClaims(analysis: Analysis): Claims {
  const { text, sentences, timexes, entities, referenceDate } = analysis;
  const namedIn = withinSentences(sentences, entities);
  const datedIn = withinSentences(sentences, timexes);
  const attributions = attributionsOf(text, sentences, namedIn);
  const claims: Claim[] = [];
  const undatedClaims: UndatedClaim[] = [];
  sentences.forEach((sentence, index) => {
    if (sentence.boilerplate) return;
    const pack = packOrDefault(sentence.language);
    const sentenceText = text.slice(sentence.start, sentence.end);
    const named = namedIn[index]!;
    const attribution = attributions[index] ?? null;
    const subject = subjectOf(named, attribution);
    const names = [...new Set(named.map((e) => e.canonical))];
    const anchors = anchorsOf(text, sentence, datedIn[index]!, pack, referenceDate);
    for (const anchor of anchors) {
      claims.push({
        start: sentence.start,
        end: sentence.end,
        text: sentenceText,
        date: anchor.value,
        timex: { start: anchor.start, end: anchor.end },
        // Written out rather than spread from a shared object: see `extract`.
        subject,
        entities: names,
        attribution,
        modality: modalityOf(sentenceText, pack.claims, anchor.value, referenceDate.value, attribution !== null),
      });
    }
    if (anchors.length || subject === null) return;
    const events = reportedEventsOf(sentenceText, pack.claims);
    if (!events.length || !isStatement(text, sentence, datedIn[index]!)) return;
    undatedClaims.push({
      start: sentence.start,
      end: sentence.end,
      text: sentenceText,
      events,
      subject,
      entities: names,
      attribution,
      modality: modalityOf(sentenceText, pack.claims, null, referenceDate.value, attribution !== null),
    });
  });
  return { claims, undatedClaims };
}

/** The first person or organisation named, other than the one quoted when there is another. */
function subjectOf(named: readonly Entity[], attribution: string | null): string | null {
  const actors = named.filter((e) => e.type === "ORG" || e.type === "PER");
  const actor = actors.find((e) => e.canonical !== attribution) ?? actors[0];
  return actor?.canonical ?? null;
}
