/**
 * A second pass over the tagger's labels of one document (after Krishnan & Manning 2006 and
 * Ratinov & Roth 2009): a news article names one entity the same way throughout, so the type
 * its mentions get most often is the type of all of them, and an untagged capitalized mention
 * of a name tagged elsewhere in the document is tagged too (`Kohl` after `Helmut Kohl`).
 */
import type { EntityType } from "../schema/record.js";
import { ENTITY_TYPES, labelsToSpans } from "./labels.js";

/** The longest name, in words, that an untagged mention is matched against. */
const LONGEST_NAME = 4;

/** Label indices of an entity type (see `LABELS`). */
const begins = (type: EntityType): number => 1 + 2 * ENTITY_TYPES.indexOf(type);

/**
 * Makes the labels of a document's sentences agree, in place.
 * @param sentences the words of each sentence
 * @param labels each sentence's IOB2 labels, as the tagger gave them
 */
export function agreeWithinDocument(sentences: readonly (readonly string[])[], labels: readonly Uint8Array[]): void {
  const votes = new Map<string, Map<EntityType, number>>();
  /** The first words of the names voted on: most words start none, and need no look-up of longer phrases. */
  const firstWords = new Set<string>();
  const vote = (name: string, type: EntityType): void => {
    const counts = votes.get(name) ?? new Map<EntityType, number>();
    counts.set(type, (counts.get(type) ?? 0) + 1);
    votes.set(name, counts);
  };
  sentences.forEach((words, s) => {
    for (const { start, end, type } of labelsToSpans(labels[s] as Uint8Array)) {
      vote(words.slice(start, end).join(" "), type);
      firstWords.add(words[start] as string);
      // A person is named by the surname alone after the first mention.
      if (type === "PER" && end - start > 1) {
        vote(words[end - 1] as string, type);
        firstWords.add(words[end - 1] as string);
      }
    }
  });
  /** The type a name got most often in the document; none on a tie. */
  const typeOf = (name: string): EntityType | undefined => {
    let best: EntityType | undefined;
    let most = 0;
    for (const [type, count] of votes.get(name) ?? []) {
      if (count > most) [best, most] = [type, count];
      else if (count === most) best = undefined;
    }
    return best;
  };
  const relabel = (sentence: Uint8Array, start: number, end: number, type: EntityType): void => {
    const begin = begins(type);
    for (let k = start; k < end; k++) sentence[k] = k === start ? begin : begin + 1;
  };
  sentences.forEach((words, s) => {
    const sentence = labels[s] as Uint8Array;
    for (const { start, end, type } of labelsToSpans(sentence)) {
      const agreed = typeOf(words.slice(start, end).join(" "));
      if (agreed && agreed !== type) relabel(sentence, start, end, agreed);
    }
    for (let i = 0; i < words.length; i++) {
      // Words joined by a hyphen (`Flagship - Smartphone` as the pipeline's tokenizer splits
      // them) are one compound, not a name of their own.
      if (sentence[i] !== 0 || !firstWords.has(words[i] as string) || !/^\p{Lu}/u.test(words[i] as string) || words[i - 1] === "-") continue;
      for (let length = Math.min(LONGEST_NAME, words.length - i); length >= 1; length--) {
        const end = i + length;
        if (sentence.subarray(i, end).some((label) => label !== 0) || words[end] === "-") continue;
        const type = typeOf(words.slice(i, end).join(" "));
        if (!type) continue;
        relabel(sentence, i, end, type);
        i = end - 1;
        break;
      }
    }
  });
}
