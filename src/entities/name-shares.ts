/**
 * What a language's own training text did with each word: how large a share of the word's
 * occurrences were inside a name, and of which type most of them were (`Bundestag`: nearly
 * always an organisation; `Union`: an organisation in a third of its occurrences; `der`: in a
 * name now and then, mostly an organisation's). The tagger's word features learn this too, but
 * only for words it trained on; the share is a feature that carries over to text whose words it
 * has seen less often.
 *
 * A share taken from all of the training text would tell the tagger, on every training token,
 * exactly what that token is, and it would learn to trust the share more than it deserves on
 * new text. So it is jackknifed: the training text is cut into `SHARE_PARTS` parts, a sentence
 * of part k sees the shares counted on the other parts, and new text (and held-out text) those
 * of all the training text.
 *
 * Shipped as one text file of sorted lines (`SortedLines`), each a one-digit code and the word.
 */
import { ENTITY_TYPES, labelType } from "./labels.js";
import type { LabelledSentence } from "./perceptron.js";
import { SortedLines } from "./sorted-lines.js";

export const SHARE_PARTS = 10;

/** First line of the file. */
const HEADER = "claimx name shares 1";
/** A line's value: the word's code (`shareCode`), one hexadecimal digit. */
const CODE_WIDTH = 1;

/** Upper bounds of the share buckets of a word seen inside a name: under a quarter, under three quarters, more. */
const SHARE_BUCKETS = [0.25, 0.75, Infinity];

/**
 * The part (1 … `SHARE_PARTS`) of sentence `index` of a training file of `count` sentences:
 * parts are runs of neighbouring sentences, which share their names (one article, one debate),
 * so that a part's names are as new to the others as the names of text never seen.
 */
export function sharePart(index: number, count: number): number {
  return 1 + Math.floor((SHARE_PARTS * index) / count);
}

/**
 * A word's code from its occurrences and how many of them were inside a name of each type
 * (`ENTITY_TYPES` order): 1 for a word never inside a name, else 2 + 4 × its share bucket + the
 * type most of its name occurrences had (the first on a tie).
 */
export function shareCode(occurrences: number, byType: readonly number[]): number {
  const inside = byType.reduce((sum, n) => sum + n, 0);
  if (!inside) return 1;
  const bucket = SHARE_BUCKETS.findIndex((bound) => inside / occurrences < bound);
  return 2 + ENTITY_TYPES.length * bucket + byType.indexOf(Math.max(...byType));
}

export class NameShares {
  private constructor(private readonly lines: SortedLines) {}

  /**
   * The shares of the words of the sentences that have a part (`LabelledSentence.part`), but
   * those of part `skipPart`.
   */
  static count(sentences: Iterable<LabelledSentence>, skipPart = 0): NameShares {
    // Per lower-case word: its occurrences, then those inside a name of each type.
    const counts = new Map<string, number[]>();
    for (const { words, labels, part } of sentences) {
      if (!part || part === skipPart) continue;
      words.forEach((word, i) => {
        const lower = word.toLowerCase();
        let counted = counts.get(lower);
        if (!counted) counts.set(lower, (counted = [0, ...ENTITY_TYPES.map(() => 0)]));
        counted[0] = (counted[0] as number) + 1;
        const type = labelType(labels[i] as number);
        if (type) {
          const at = 1 + ENTITY_TYPES.indexOf(type);
          counted[at] = (counted[at] as number) + 1;
        }
      });
    }
    const entries = [...counts].map(([key, [occurrences, ...byType]]) => ({ key, value: shareCode(occurrences as number, byType).toString(16) }));
    return NameShares.parse(SortedLines.write(HEADER, CODE_WIDTH, entries));
  }

  /** The file's bytes, as `serialize` wrote them. */
  static parse(bytes: Uint8Array): NameShares {
    return new NameShares(SortedLines.read(bytes, HEADER, CODE_WIDTH, "name shares"));
  }

  serialize(): Uint8Array {
    return this.lines.bytes;
  }

  /** A lower-case word's code (`shareCode`), 0 for a word the training text did not have. */
  of(lower: string): number {
    return this.lines.hexValueOf(lower);
  }
}

/** The shares a training run needs: those of all the training text, and per part those of the others. */
export interface JackknifedShares {
  all: NameShares;
  /** Index k − 1: the shares counted on every part but k. */
  withoutPart: readonly NameShares[];
}

/** The shares of a training run's sentences; sentences trained on several times per epoch count once. */
export function jackknifedShares(sentences: readonly LabelledSentence[]): JackknifedShares {
  const unique = new Set(sentences);
  return {
    all: NameShares.count(unique),
    withoutPart: Array.from({ length: SHARE_PARTS }, (_, k) => NameShares.count(unique, k + 1)),
  };
}
