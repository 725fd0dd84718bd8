/**
 * franc's trigram distance over a chosen set of franc's Latin-script models. franc itself
 * spends most of its time deciding the script (a regular expression per script over the whole
 * text) and building trigram strings; this computes the distance from franc's own trigram
 * tables over integer trigram keys, which matters because every stretch of every document is
 * scored.
 *
 * franc charges a trigram that a model lacks the full penalty; a trigram that none of the
 * chosen models has costs every one of them the same, so it is left out of the sum: the
 * distances differ from franc's by one constant per text, and the ranking and the gaps between
 * languages are franc's.
 */
import { data } from "franc/data.js";
import { trigramKey } from "./trigram-keys.js";

/** What franc adds for a trigram that is not among a language's 300 most frequent. */
export const MISSING_TRIGRAM = 300;

/** The trigrams of some of franc's Latin-script models, each with its rank in each model that has it. */
export class TrigramModels {
  readonly size: number;
  /** Trigrams as slots: an open-addressing table, probed once per character of text. */
  private readonly tableKeys: Int32Array;
  private readonly tableSlots: Int32Array;
  private readonly shift: number;
  /** Per slot, its (language, rank) pairs at `pairStart[slot]` up to `pairStart[slot + 1]`. */
  readonly pairStart: Int32Array;
  readonly pairLanguage: Int16Array;
  readonly pairRank: Int16Array;

  constructor(readonly francCodes: readonly string[]) {
    const pairsOfKey = new Map<number, [number, number][]>();
    francCodes.forEach((code, language) => {
      const model = data.Latin?.[code];
      if (!model) throw new Error(`franc has no Latin-script model for ${code}`);
      model.split("|").forEach((trigram, rank) => {
        const key = trigramKey(trigram);
        const pairs = pairsOfKey.get(key) ?? [];
        pairs.push([language, rank]);
        pairsOfKey.set(key, pairs);
      });
    });
    this.size = pairsOfKey.size;
    const bits = Math.ceil(Math.log2(this.size * 4));
    this.shift = 32 - bits;
    this.tableKeys = new Int32Array(1 << bits).fill(-1);
    this.tableSlots = new Int32Array(1 << bits);
    this.pairStart = new Int32Array(this.size + 1);
    const all = [...pairsOfKey.values()].flat();
    this.pairLanguage = Int16Array.from(all, ([language]) => language);
    this.pairRank = Int16Array.from(all, ([, rank]) => rank);
    let slot = 0;
    for (const [key, pairs] of pairsOfKey) {
      let position = this.positionOf(key);
      while (this.tableKeys[position] !== -1) position = (position + 1) & (this.tableKeys.length - 1);
      this.tableKeys[position] = key;
      this.tableSlots[position] = slot;
      this.pairStart[slot + 1] = this.pairStart[slot]! + pairs.length;
      slot++;
    }
  }

  private positionOf(key: number): number {
    return Math.imul(key, 0x9e3779b1) >>> this.shift;
  }

  /** The slot of a trigram key, -1 if no chosen model has the trigram. */
  slotOf(key: number): number {
    let position = this.positionOf(key);
    for (let found = this.tableKeys[position]!; found !== -1; found = this.tableKeys[position]!) {
      if (found === key) return this.tableSlots[position]!;
      position = (position + 1) & (this.tableKeys.length - 1);
    }
    return -1;
  }
}

/** Counts the trigrams of one text that any of the models knows; reusable after `distances`. */
export class TrigramTally {
  private readonly counts: Int32Array;
  /**
   * The slots counted so far, in order of first sight, `touchedCount` of them: a buffer as
   * long as there are slots rather than an array emptied after each text, which reallocated
   * its storage as it grew again for every stretch of every document.
   */
  private readonly touched: Int32Array;
  private touchedCount = 0;

  constructor(readonly models: TrigramModels) {
    this.counts = new Int32Array(models.size);
    this.touched = new Int32Array(models.size);
  }

  /** Apart from the counting, so that each is small enough to be inlined into the scan's loop (see `bin/claimx.js`). */
  add(key: number): void {
    const slot = this.models.slotOf(key);
    if (slot >= 0) this.count(slot);
  }

  private count(slot: number): void {
    const count = this.counts[slot]!;
    if (count === 0) this.touched[this.touchedCount++] = slot;
    this.counts[slot] = count + 1;
  }

  /** franc's distance to each model, in the models' order, less the shared constant; lower is closer. Resets the tally. */
  distances(): number[] {
    const { pairStart, pairLanguage, pairRank, francCodes } = this.models;
    const distances = new Array<number>(francCodes.length).fill(0);
    for (let k = 0; k < this.touchedCount; k++) {
      const slot = this.touched[k]!;
      const count = this.counts[slot]!;
      for (let pair = pairStart[slot]!; pair < pairStart[slot + 1]!; pair++) {
        const language = pairLanguage[pair]!;
        distances[language] = distances[language]! + Math.abs(count - pairRank[pair]! - 1) - MISSING_TRIGRAM;
      }
      this.counts[slot] = 0;
    }
    this.touchedCount = 0;
    return distances;
  }
}
