/**
 * franc's trigram distance, restricted to the packs' languages. franc itself spends most of
 * its time deciding the script (a regular expression per script over the whole text) and
 * building trigram strings; all four packs are Latin-script, so this computes the distance
 * from franc's own trigram tables over integer trigram keys, which matters because every
 * stretch of every document is scored.
 *
 * franc charges a trigram that a model lacks the full penalty; a trigram that none of the four
 * models has costs every language the same, so it is left out of the sum: the distances differ
 * from franc's by one constant per text, and the ranking and the gaps between languages are
 * franc's.
 */
import { data } from "franc/data.js";
import { PACKS } from "../packs/registry.js";
import { trigramKey } from "./trigram-keys.js";

/** What franc adds for a trigram that is not among a language's 300 most frequent. */
export const MISSING_TRIGRAM = 300;

const LANGUAGES = PACKS.length;

/** The trigrams of the four models: key → slot, and per slot the rank in each model (-1 absent). */
const slotOfKey = new Map<number, number>();
const rankRows: number[] = [];
PACKS.forEach((pack, language) => {
  const model = data.Latin?.[pack.francCode];
  if (!model) throw new Error(`franc has no Latin-script model for ${pack.francCode}`);
  model.split("|").forEach((trigram, rank) => {
    const key = trigramKey(trigram);
    let slot = slotOfKey.get(key);
    if (slot === undefined) {
      slot = slotOfKey.size;
      slotOfKey.set(key, slot);
      rankRows.push(...new Array<number>(LANGUAGES).fill(-1));
    }
    rankRows[slot * LANGUAGES + language] = rank;
  });
});
const RANKS = Int16Array.from(rankRows);

// The same key → slot map as an open-addressing table of typed arrays: it is probed once per
// character of text.
const TABLE_SIZE = 1 << Math.ceil(Math.log2(slotOfKey.size * 4));
const tableKeys = new Int32Array(TABLE_SIZE).fill(-1);
const tableSlots = new Int32Array(TABLE_SIZE);
const positionOf = (key: number) => Math.imul(key, 0x9e3779b1) >>> (32 - Math.log2(TABLE_SIZE));
for (const [key, slot] of slotOfKey) {
  let position = positionOf(key);
  while (tableKeys[position] !== -1) position = (position + 1) & (TABLE_SIZE - 1);
  tableKeys[position] = key;
  tableSlots[position] = slot;
}

function slotOf(key: number): number {
  let position = positionOf(key);
  for (let found = tableKeys[position]!; found !== -1; found = tableKeys[position]!) {
    if (found === key) return tableSlots[position]!;
    position = (position + 1) & (TABLE_SIZE - 1);
  }
  return -1;
}

/** Counts the trigrams of one stretch that any model knows; reusable after `distances`. */
export class TrigramTally {
  private readonly counts = new Int32Array(slotOfKey.size);
  private readonly touched: number[] = [];

  add(key: number): void {
    const slot = slotOf(key);
    if (slot < 0) return;
    const count = this.counts[slot]!;
    if (count === 0) this.touched.push(slot);
    this.counts[slot] = count + 1;
  }

  /** franc's distance to each pack's model, in `PACKS` order, less the shared constant; lower is closer. Resets the tally. */
  distances(): number[] {
    const distances = new Array<number>(LANGUAGES).fill(0);
    for (const slot of this.touched) {
      const count = this.counts[slot]!;
      for (let language = 0; language < LANGUAGES; language++) {
        const rank = RANKS[slot * LANGUAGES + language]!;
        if (rank >= 0) distances[language] = distances[language]! + Math.abs(count - rank - 1) - MISSING_TRIGRAM;
      }
      this.counts[slot] = 0;
    }
    this.touched.length = 0;
    return distances;
  }
}
